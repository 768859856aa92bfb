using Microsoft.Extensions.DependencyInjection.Extensions;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Resources;

namespace Sillage.Web.Pages.Situations;

public static class SituationsSetup
{
    /// <summary>Professional situations, their organisations' documents and the resources library.</summary>
    public static IServiceCollection AddSituations(this IServiceCollection services)
    {
        services.AddScoped<SituationAccess>();
        services.AddScoped<SituationFiles>();
        services.AddScoped<SituationImporter>();
        services.AddScoped<SituationEditor>();
        services.AddScoped<ShippedSituations>();
        services.AddScoped<ShippedResources>();
        services.AddScoped<ResourceCatalog>();
        services.AddScoped<AttachmentUpload>();
        services.AddScoped<MissionContexts>();
        services.TryAddScoped<IMissionWork, NoMissionWork>();
        services.AddScoped<IDemoContributor, SituationsDemo>();
        return services;
    }
}
