using Microsoft.Extensions.DependencyInjection.Extensions;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Situations;

public static class SituationsSetup
{
    /// <summary>Professional situations, their missions, documents and attachments, the shipped ones and their demo.</summary>
    public static IServiceCollection AddSituations(this IServiceCollection services)
    {
        services.AddScoped<SituationAccess>();
        services.AddScoped<SituationFiles>();
        services.AddScoped<SituationImporter>();
        services.AddScoped<SituationEditor>();
        services.AddShippedData<ShippedSituations>();
        services.AddShippedData<ShippedSituationDocuments>();
        services.AddScoped<AttachmentUpload>();
        services.AddScoped<DocumentShelf>();
        services.AddScoped<SituationSheets>();
        services.AddScoped<MissionContexts>();
        services.TryAddScoped<IMissionWork, NoMissionWork>();
        services.AddScoped<IDemoContributor, SituationsDemo>();
        return services;
    }
}
