using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Plan;

public static class PlanSetup
{
    /// <summary>The cohorts' plans de formation: rules, calendar, iCalendar and PDF exports.</summary>
    public static IServiceCollection AddTrainingPlan(this IServiceCollection services)
    {
        services.AddScoped<PlanLoader>();
        services.AddScoped<IDemoContributor, PlanDemo>();
        services.AddJobHandler<PlanPdfJob>();
        return services;
    }
}
