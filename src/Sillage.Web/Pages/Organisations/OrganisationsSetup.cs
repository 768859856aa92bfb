using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Organisations;

public static class OrganisationsSetup
{
    /// <summary>The fictional organisations situations are set in, and the shipped ones.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<OrganisationAccess>();
        services.AddShippedData<ShippedOrganisations>();
        return services;
    }
}
