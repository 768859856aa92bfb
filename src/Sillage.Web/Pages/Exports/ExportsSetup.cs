using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Exports;

public static class ExportsSetup
{
    /// <summary>Exports of the dossier (PDF, static site, JSON, Open Badges) and the JSON re-import.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ExportOptions>(configuration.GetSection("Exports"));
        services.Configure<ImportLimits>(configuration.GetSection("Import"));
        services.AddScoped<IExportWriter, JsonExport>();
        services.AddScoped<IExportWriter, SiteExport>();
        services.AddScoped<IExportWriter, PdfExport>();
        services.AddSingleton<BadgeSigning>();
        services.AddScoped<BadgeExport>();
        services.AddScoped<IExportWriter>(sp => sp.GetRequiredService<BadgeExport>());
        services.AddScoped<JsonImport>();
        services.AddJobHandler<ExportJob>();
        services.AddJobHandler<ImportJob>();
        services.AddScoped<IJobListener, JobNotifier>();
        return services;
    }
}
