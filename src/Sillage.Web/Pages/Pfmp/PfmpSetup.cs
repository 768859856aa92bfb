using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages.Pfmp.Documents;
using Sillage.Web.Pages.Pfmp.Search;
using Sillage.Web.Pages.Pfmp.Tutor;

namespace Sillage.Web.Pages.Pfmp;

public static class PfmpSetup
{
    /// <summary>PFMP periods, conventions, the tutor space (with its link sessions), PFMP documents and the
    /// partner directory's demo; the learners' search for a PFMP.</summary>
    public static IServiceCollection AddPfmp(this IServiceCollection services)
    {
        services.AddScoped<PfmpAccess>();
        services.AddScoped<TutorAccounts>();
        services.AddScoped<ConventionWorkflow>();
        services.AddScoped<PeriodEditor>();
        services.AddScoped<PfmpDocuments>();
        services.AddJobHandler<PfmpDocumentJob>();
        services.AddTutorLinkAuthentication();
        services.AddScoped<IDemoContributor, PfmpDemo>();
        services.AddScoped<SearchAccess>();
        services.AddScoped<ApplicationPeriods>();
        services.AddScoped<IDemoContributor, SearchDemo>();
        return services;
    }
}
