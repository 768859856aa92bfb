using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages.Certification.Jury;

namespace Sillage.Web.Pages.Certification;

public static class CertificationSetup
{
    /// <summary>Certification dossiers, frozen snapshots and their PDF, exam sessions and the jury, and their demo.</summary>
    public static IServiceCollection AddCertification(this IServiceCollection services)
    {
        services.AddScoped<CertificationAccess>();
        services.AddScoped<SnapshotFreezer>();
        services.AddScoped<SnapshotPdf>();
        services.AddJobHandler<SnapshotPdfJob>();
        services.AddScoped<SnapshotDownloads>();
        services.AddScoped<JuryAccess>();
        services.AddJuryLinkAuthentication();
        services.AddScoped<IDemoContributor, CertificationDemo>();
        return services;
    }
}
