using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Tests.Pages.Exports;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Privacy;

public sealed class RetentionTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_retention_run_deletes_expired_exports_old_audit_entries_and_learners_who_left_long_ago()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        await app.ExportAsync(learner, "Json");
        var (exportJob, fileKey) = await app.WithDbAsync(db => db.PortfolioExports.Join(db.BackgroundJobs, e => e.JobId, j => j.Id, (e, j) => new ValueTuple<Guid, string>(j.Id, j.ResultFileKey!)).FirstAsync());
        var leaver = await app.FreshLearnerAsync("partie@demo.sillage.test");
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == leaver);
            user.DeactivatedAt = app.Clock.GetUtcNow().UtcDateTime.AddMonths(-13);
            db.AuditEntries.Add(new Sillage.Web.Data.AuditEntry { Action = "ancienne.action", At = app.Clock.GetUtcNow().UtcDateTime.AddMonths(-13) });
            await db.SaveChangesAsync();
        });

        // Eight days later the export has expired.
        app.Clock.Advance(TimeSpan.FromDays(8));
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await admin.GetPageAsync("/admin/conservation");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, "#retention-run")).StatusCode);

        Assert.False(await app.WithDbAsync(db => db.BackgroundJobs.AnyAsync(j => j.Id == exportJob)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "ancienne.action")));
        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.Id == leaver).Select(u => u.ErasedAt).SingleAsync()));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Sillage.Web.Infrastructure.Files.IFileStore>();
            Assert.False(await store.ExistsAsync(fileKey));
        }

        var runs = await admin.GetPageAsync("/admin/conservation");
        Assert.Contains("Comptes d'apprenants désactivés depuis plus de 12 mois effacés : 1", runs.Text, StringComparison.Ordinal);
    }
}
