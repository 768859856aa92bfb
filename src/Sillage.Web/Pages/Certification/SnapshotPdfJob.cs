using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// Prints and stores the PDF of a large snapshot right after its submission, so that neither the learner nor the
/// jury waits for Chromium on the first download (a dossier of 300 pieces takes several seconds to print). Small
/// dossiers are printed on first download, which is quick. A download that comes before the job has run prints it
/// itself; the first stored copy wins either way (<see cref="SnapshotPdf"/>).
/// </summary>
public sealed class SnapshotPdfJob(SillageDb db, SnapshotPdf pdf) : IJobHandler
{
    public const string JobKind = "certification.snapshot-pdf";

    /// <summary>From this many pieces the PDF is printed in the background at submission.</summary>
    public const int BackgroundFromPieces = 20;

    public sealed record Payload(Guid SnapshotId);

    public string Kind => JobKind;

    public static void EnqueueIfLarge(JobQueue jobs, Guid snapshotId, int pieces)
    {
        if (pieces >= BackgroundFromPieces)
        {
            jobs.Enqueue(JobKind, new Message("Impression du dossier de certification"), new Payload(snapshotId), ownerId: null);
        }
    }

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var id = context.Payload<Payload>().SnapshotId;
        var snapshot = await db.DossierSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (snapshot is null)
        {
            context.Done(new Message("Dossier effacé entre-temps : rien à imprimer."));
            return;
        }

        await context.ReportAsync(10, new Message("Impression du PDF…"), cancellationToken);
        await using var _ = await pdf.OpenAsync(snapshot, cancellationToken);
        context.Done(new Message("PDF du dossier imprimé et conservé."));
    }
}
