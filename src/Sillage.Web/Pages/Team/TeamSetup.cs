using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Team;

public static class TeamSetup
{
    /// <summary>The cohorts' équipe pédagogique: who teaches which compétence (docs/team.md).</summary>
    public static IServiceCollection AddTeachingTeam(this IServiceCollection services)
    {
        services.AddScoped<TeamLoader>();
        services.AddScoped<IDemoContributor, TeamDemo>();
        return services;
    }
}
