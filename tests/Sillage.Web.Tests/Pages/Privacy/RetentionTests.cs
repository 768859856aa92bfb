using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Email;
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

    [Fact]
    public async Task Emails_waiting_longer_than_the_documented_days_lose_their_access_links()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        const string link = "https://sillage.example/invitation?u=42&t=SECRET1337";
        var (old, recent) = await app.WithDbAsync(async db =>
        {
            var a = new OutboxEmail { To = "ancien.lien@example.org", Subject = "Invitation", Body = $"Bonjour,\n{link}\nÀ bientôt", CreatedAt = now.AddDays(-8) };
            var b = new OutboxEmail { To = "recent.lien@example.org", Subject = "Invitation", Body = $"Bonjour,\n{link}\nÀ bientôt", CreatedAt = now.AddDays(-2) };
            db.OutboxEmails.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        var admin = await app.SignInAsync(Accounts.Admin);
        var outbox = await admin.GetPageAsync("/admin/boite-envoi");
        Assert.Contains("7 jours", outbox.Find("#outbox-link-days")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(await admin.GetPageAsync("/admin/conservation"), "#retention-run")).StatusCode);

        var bodies = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.Id == old || e.Id == recent).ToDictionaryAsync(e => e.Id, e => e.Body));
        Assert.Equal($"Bonjour,\n{OutboxSecrets.Expired}\nÀ bientôt", bodies[old]);
        Assert.Contains(link, bodies[recent], StringComparison.Ordinal);
        var runs = await admin.GetPageAsync("/admin/conservation");
        Assert.Contains("E-mails en attente depuis plus de 7 jours dont les liens d'accès ont été retirés :", runs.Text, StringComparison.Ordinal);
    }
}
