using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Referentiel;

public static class ReferentielSetup
{
    /// <summary>The référentiels: their import, the shipped ones (data/frameworks), and moving a cohort to a newer version.</summary>
    public static IServiceCollection AddReferentiel(this IServiceCollection services)
    {
        services.AddScoped<FrameworkImporter>();
        services.AddScoped<FrameworkDrafts>();
        services.AddScoped<CohortFrameworkMove>();
        services.AddShippedData<ShippedFrameworks>();
        return services;
    }
}
