using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>One policy per audience. Pages declare one with [Authorize(Policy = ...)]; handlers that load
/// by id also check ownership.</summary>
public static class Policies
{
    public const string Admin = "Admin";

    /// <summary>Administrators and référents: people, cohorts, imports.</summary>
    public const string Management = "Management";

    /// <summary>The school's teaching staff: administrators, référents, teachers.</summary>
    public const string Staff = "Staff";

    /// <summary>Staff and the direction: the establishment's dashboards (cohorts, heatmap, PFMP list, team), read-only
    /// for the direction.</summary>
    public const string Dashboards = "Dashboards";

    /// <summary><see cref="School"/> and the direction: pages learners also open (a learner's dashboard, the plan,
    /// the certification overview), read-only for the direction.</summary>
    public const string SchoolDashboards = "SchoolDashboards";
    public const string Learner = "Learner";
    public const string Tutor = "Tutor";

    /// <summary>The jury space: jury members signed in with their account, or through an expiring link for one
    /// session (its own cookie scheme, <see cref="JuryLinkScheme"/>, valid on the jury pages only; see Pages/Certification/Jury).</summary>
    public const string Jury = "Jury";
    public const string JuryLinkScheme = "JuryLink";

    /// <summary>The tutor space: tutors signed in with their account, or through an expiring link (its own cookie
    /// scheme, <see cref="TutorLinkScheme"/>, valid on the tutor pages only; see Pages/Pfmp/Tutor).</summary>
    public const string TutorSpace = "TutorSpace";
    public const string TutorLinkScheme = "TutorLink";

    /// <summary>Anyone of the school (staff and learners): the référentiel, for instance.</summary>
    public const string School = "School";

    public static IServiceCollection AddSillageAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Management, p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher))
            .AddPolicy(Dashboards, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Direction))
            .AddPolicy(SchoolDashboards, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner, Roles.Direction))
            .AddPolicy(Learner, p => p.RequireRole(Roles.Learner))
            .AddPolicy(Tutor, p => p.RequireRole(Roles.Tutor))
            .AddPolicy(Jury, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, JuryLinkScheme).RequireRole(Roles.Jury))
            .AddPolicy(TutorSpace, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, TutorLinkScheme).RequireRole(Roles.Tutor))
            .AddPolicy(School, p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner));
        return services;
    }
}
