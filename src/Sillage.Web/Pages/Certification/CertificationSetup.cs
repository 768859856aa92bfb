using Sillage.Web.Pages.Certification.Ccf;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages.Certification.Jury;

namespace Sillage.Web.Pages.Certification;

public static class CertificationSetup
{
    /// <summary>Certification dossiers, the CCF (sittings, grids, marks, the jury's record), frozen snapshots and their PDF, exam sessions and the jury, and their demo.</summary>
    public static IServiceCollection AddCertification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CcfOptions>(configuration.GetSection("Certification"));
        services.AddMemoryCache();
        services.AddScoped<CcfPlans>();
        services.AddScoped<CcfAccess>();
        services.AddScoped<CcfFiles>();
        services.AddScoped<CcfConvocations>();
        services.AddScoped<Ccf.Sittings.SittingForm>();
        services.AddScoped<Ccf.Projects.ProjectMembership>();
        services.AddScoped<CcfGrading>();
        services.AddScoped<Ccf.Evidence.CcfEvidenceReader>();
        services.AddScoped<Ccf.Record.CcfRecordPdf>();
        services.AddScoped<IDemoContributor, CcfGradingDemo>();
        services.AddScoped<CertificationAccess>();
        services.AddScoped<SnapshotFreezer>();
        services.AddScoped<SnapshotPdf>();
        services.AddJobHandler<SnapshotPdfJob>();
        services.AddScoped<SnapshotDownloads>();
        services.AddScoped<JuryAccess>();
        services.AddJuryLinkAuthentication();
        services.AddScoped<IDemoContributor, CertificationDemo>();
        services.AddScoped<IDemoContributor, CcfDemo>();
        return services;
    }
}
