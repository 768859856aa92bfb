using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Exports;

namespace Sillage.Web.Tests.Pages.Certification;

public sealed class SnapshotPdfJobTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Only_large_dossiers_are_printed_at_submission()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var jobs = scope.ServiceProvider.GetRequiredService<JobQueue>();
        SnapshotPdfJob.EnqueueIfLarge(jobs, Guid.NewGuid(), SnapshotPdfJob.BackgroundFromPieces - 1);
        Assert.DoesNotContain(db.ChangeTracker.Entries<BackgroundJob>(), e => e.Entity.Kind == SnapshotPdfJob.JobKind);
        SnapshotPdfJob.EnqueueIfLarge(jobs, Guid.NewGuid(), SnapshotPdfJob.BackgroundFromPieces);
        Assert.Single(db.ChangeTracker.Entries<BackgroundJob>(), e => e.Entity.Kind == SnapshotPdfJob.JobKind);
    }

    [Fact]
    public async Task The_job_prints_and_keeps_the_snapshot_pdf_that_downloads_then_serve()
    {
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().FirstAsync());
        Assert.Null(snapshot.PdfStorageKey);
        var jobId = await app.WithDbAsync(async db =>
        {
            var job = new JobQueue(db, TimeProvider.System, app.Services.GetRequiredService<JobSignal>())
                .Enqueue(SnapshotPdfJob.JobKind, new Message("Impression"), new SnapshotPdfJob.Payload(snapshot.Id), ownerId: null);
            await db.SaveChangesAsync();
            return job.Id;
        });
        var done = await app.WaitForJobAsync(jobId);
        Assert.Equal(BackgroundJobStatus.Succeeded, done.Status);
        var stored = await app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().SingleAsync(s => s.Id == snapshot.Id));
        Assert.NotNull(stored.PdfStorageKey);
        Assert.Matches("^[0-9a-f]{64}$", stored.PdfSha256);

        // The learner's download serves that very file.
        var learner = await app.SignInAsync(await app.WithDbAsync(db => db.Users.Where(u => u.Id == snapshot.LearnerId).Select(u => u.Email!).SingleAsync()));
        var pdf = await learner.GetByteArrayAsync($"/certification/instantanes/{snapshot.Id}/telecharger/pdf");
        Assert.Equal(stored.PdfSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
    }
}
