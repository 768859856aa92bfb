using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Referentiel;

public static class ReferentielSetup
{
    /// <summary>The référentiels: their import and the shipped ones (data/frameworks).</summary>
    public static IServiceCollection AddReferentiel(this IServiceCollection services)
    {
        services.AddScoped<FrameworkImporter>();
        services.AddScoped<FrameworkDrafts>();
        services.AddShippedData<ShippedFrameworks>();
        return services;
    }
}
