using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Resources;

public static class ResourcesSetup
{
    /// <summary>The resources library (common and per establishment) and the shipped resources.</summary>
    public static IServiceCollection AddResources(this IServiceCollection services)
    {
        services.AddScoped<ResourceCatalog>();
        services.AddShippedData<ShippedResources>();
        return services;
    }
}
