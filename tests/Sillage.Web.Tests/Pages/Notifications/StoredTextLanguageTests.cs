using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Tests.Pages.Exports;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Notifications;

/// <summary>
/// Texts stored now and read later — notifications, a job's title and outcome, a situation's version summaries —
/// show in the language of whoever reads them, not of whoever caused them (issue #14 item 4): each is written by a
/// French request and read by the same person in English and in French. Rows stored as plain text before still show.
/// </summary>
public sealed class StoredTextLanguageTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(7);

    private async Task<(HttpClient English, HttpClient French)> ReadersAsync(string email)
    {
        var english = await app.SignInAsync(email);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        return (english, await app.SignInAsync(email));
    }

    [Fact]
    public async Task A_notification_of_feedback_reads_in_the_readers_language()
    {
        var learner = await app.SignInAsync(Learner);
        var id = await learner.CreateAsync("Fiche de procédure de sauvegarde", "Les étapes de la sauvegarde hebdomadaire.");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await teacher.SubmitAsync(await teacher.GetPageAsync($"/dossier/traces/{id}"), "#comment-form", new()
        {
            ["body"] = "Précise la fréquence des tests de restauration.", ["verdict"] = nameof(FeedbackVerdict.ToRework),
        });
        var name = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.FirstName + " " + u.LastName).SingleAsync());

        var (english, french) = await ReadersAsync(Learner);
        Assert.Contains($"{name} commented on your trace “Fiche de procédure de sauvegarde”.", (await english.GetPageAsync("/notifications")).Text, StringComparison.Ordinal);
        Assert.Contains($"{name} a commenté votre trace « Fiche de procédure de sauvegarde ».", (await french.GetPageAsync("/notifications")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_its_outcome_and_its_notification_read_in_the_readers_language()
    {
        var (english, french) = await ReadersAsync(Accounts.Learner);
        var response = await french.SubmitAsync(await french.GetPageAsync("/compte"), "form[action*='handler=Data']");
        var jobId = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        Assert.Equal(BackgroundJobStatus.Succeeded, (await app.WaitForJobAsync(jobId)).Status);

        var job = await english.GetPageAsync($"/taches/{jobId}");
        Assert.Equal("My personal data", job.Find("h1")!.TextContent.Trim());
        Assert.Contains("Your data is ready.", job.Text, StringComparison.Ordinal);
        Assert.Contains("My personal data: ready to download.", (await english.GetPageAsync("/notifications")).Text, StringComparison.Ordinal);

        var same = await french.GetPageAsync($"/taches/{jobId}");
        Assert.Equal("Mes données personnelles", same.Find("h1")!.TextContent.Trim());
        Assert.Contains("Vos données sont prêtes.", same.Text, StringComparison.Ordinal);
        Assert.Contains("Mes données personnelles : prêt à télécharger.", (await french.GetPageAsync("/notifications")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_situations_history_reads_in_the_readers_language()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var source = await app.WithDbAsync(db => db.Situations.Where(s => s.Code == "vosreves-situation-2").Select(s => s.Id).SingleAsync());
        var copy = await teacher.SubmitAndFollowAsync(await teacher.GetPageAsync($"/situations/{source}"), "form[action*='handler=Duplicate']");
        var id = Guid.Parse(copy.Url.AbsolutePath.Split('/')[2]);
        await teacher.SubmitAndFollowAsync(await teacher.GetPageAsync($"/situations/{id}/missions/editer"), "#mission-form", new()
        {
            ["Input.Title"] = "Animer un atelier de sensibilisation",
        });

        var (english, french) = await ReadersAsync(Accounts.Teacher);
        var history = (await english.GetPageAsync($"/situations/{id}/historique")).Find("table")!.TextContent;
        Assert.Contains("Mission 5 added", history, StringComparison.Ordinal);
        Assert.Contains("Copy of “Situation 2 — L'arrivée d'un nouveau commercial” (version 1)", history, StringComparison.Ordinal);
        var same = (await french.GetPageAsync($"/situations/{id}/historique")).Find("table")!.TextContent;
        Assert.Contains("Mission 5 ajoutée", same, StringComparison.Ordinal);
        Assert.Contains("Copie de « Situation 2 — L'arrivée d'un nouveau commercial » (version 1)", same, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_stored_as_plain_text_before_still_show()
    {
        var owner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Accounts.OtherLearner).Select(u => u.Id).SingleAsync());
        var jobId = await app.WithDbAsync(async db =>
        {
            var job = new BackgroundJob
            {
                Kind = "test.old", Title = "Ancien export — texte brut", OwnerId = owner, Status = BackgroundJobStatus.Failed,
                Message = "Ancien échec {0} en texte brut.", CreatedAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow,
            };
            db.BackgroundJobs.Add(job);
            db.Notifications.Add(new Notification
            {
                UserId = owner, Kind = NotificationKind.JobFinished, Text = "Ancien export — texte brut : échec.", Url = $"/taches/{job.Id}", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return job.Id;
        });

        var (english, _) = await ReadersAsync(Accounts.OtherLearner);
        Assert.Contains("Ancien export — texte brut : échec.", (await english.GetPageAsync("/notifications")).Text, StringComparison.Ordinal);
        var job = await english.GetPageAsync($"/taches/{jobId}");
        Assert.Equal("Ancien export — texte brut", job.Find("h1")!.TextContent.Trim());
        Assert.Contains("Ancien échec {0} en texte brut.", job.Find("#job-status")!.TextContent, StringComparison.Ordinal);
    }
}
