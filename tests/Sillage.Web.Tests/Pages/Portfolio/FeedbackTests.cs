using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

public sealed class FeedbackTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(7);

    [Fact]
    public async Task A_request_reaches_the_teachers_queue_and_a_comment_answers_it()
    {
        var learner = await app.SignInAsync(Learner);
        var id = await learner.CreateAsync("Support de sensibilisation à l'hameçonnage", "Le support explique les courriels piégés.");
        var trace = await learner.GetPageAsync($"/dossier/traces/{id}");
        await learner.SubmitAsync(trace, "#request-form", new() { ["message"] = "Le support est-il assez clair ?" });

        var teacher = await app.SignInAsync(Accounts.Teacher);
        var queue = await teacher.GetPageAsync("/retours");
        Assert.Contains("Support de sensibilisation à l'hameçonnage", queue.Find("table")!.TextContent);
        Assert.Contains(await app.WithDbAsync(db => db.Notifications.Where(n => n.TraceId == id).Select(n => n.Kind).ToListAsync()), k => k == NotificationKind.FeedbackRequest);

        var page = await teacher.GetPageAsync($"/dossier/traces/{id}");
        await teacher.SubmitAsync(page, "#comment-form", new()
        {
            ["quote"] = "courriels piégés", ["body"] = "Donne un exemple concret de courriel piégé.", ["verdict"] = nameof(FeedbackVerdict.ToRework),
        });

        var seen = await learner.GetPageAsync($"/dossier/traces/{id}");
        var thread = seen.Find("article.thread")!;
        Assert.Contains("Donne un exemple concret", thread.TextContent);
        Assert.Contains("courriels piégés", thread.QuerySelector("blockquote")!.TextContent);
        Assert.Contains("À reprendre", thread.TextContent);
        Assert.DoesNotContain("Support de sensibilisation à l'hameçonnage", (await teacher.GetPageAsync("/retours")).Find("#open-title")!.ParentElement!.QuerySelector("table")?.TextContent ?? "");
        var notification = await app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.TraceId == id && n.Kind == NotificationKind.Feedback));
        Assert.Null(notification.ReadAt);
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == Learner && e.Subject.Contains("a commenté"))));
    }

    [Fact]
    public async Task The_learner_answers_and_resolves_and_the_teacher_hears_of_the_reply()
    {
        var learner = await app.SignInAsync(Learner);
        var id = await learner.CreateAsync("Carte mentale paiement en ligne");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await teacher.SubmitAsync(await teacher.GetPageAsync($"/dossier/traces/{id}"), "#comment-form", new() { ["body"] = "Cite tes sources." });

        var page = await learner.GetPageAsync($"/dossier/traces/{id}");
        var replyForm = page.FindAll("article.thread form").First(f => f.QuerySelector("textarea[name=body]") is not null);
        replyForm.Id = "reply";
        await learner.SubmitAsync(page, "#reply", new() { ["body"] = "Sources ajoutées en fin de trace." });
        page = await learner.GetPageAsync($"/dossier/traces/{id}");
        page.FindAll("article.thread form").First(f => f.QuerySelector("input[name=threadId]") is not null).Id = "resolve";
        await learner.SubmitAsync(page, "#resolve");

        var resolved = await learner.GetPageAsync($"/dossier/traces/{id}");
        Assert.Contains("Sources ajoutées", resolved.Find("article.thread")!.TextContent);
        Assert.Contains("Résolu", resolved.Find("article.thread")!.TextContent);
        var teacherId = await app.UserIdAsync(Accounts.Teacher);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == teacherId && n.TraceId == id && n.Kind == NotificationKind.Reply)));
    }

    [Fact]
    public async Task A_learner_cannot_open_a_thread_nor_give_a_verdict()
    {
        var learner = await app.SignInAsync(Learner);
        var id = await learner.CreateAsync("Trace sans retour");
        var page = await learner.GetPageAsync($"/dossier/traces/{id}");
        Assert.Null(page.Find("#comment-form"));
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await learner.PostAsync($"/dossier/traces/{id}?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["body"] = "Je me valide moi-même", ["verdict"] = nameof(FeedbackVerdict.Validated),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.FeedbackComments.CountAsync(c => c.TraceId == id)));
    }

    [Fact]
    public async Task Without_email_in_the_settings_the_notification_stays_in_app_only()
    {
        var learner = await app.SignInAsync(Learner);
        var settings = await learner.GetPageAsync("/notifications/preferences");
        await learner.SubmitAsync(settings, "#settings-form", new() { ["EmailOnFeedback"] = null, ["EmailOnReply"] = null });
        var id = await learner.CreateAsync("Guide utilisateur congés");
        var before = await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == Learner));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await teacher.SubmitAsync(await teacher.GetPageAsync($"/dossier/traces/{id}"), "#comment-form", new() { ["body"] = "Très clair." });

        Assert.Equal(before, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.To == Learner)));
        var list = await learner.GetPageAsync("/notifications");
        Assert.Contains("Guide utilisateur congés", list.Text);
        Assert.NotNull(list.Find(".notification-bell .badge"));

        // Opening it marks it read and leads to the trace.
        list.FindAll("form").First(f => f.TextContent.Contains("Guide utilisateur congés", StringComparison.Ordinal)).Id = "open";
        var opened = await learner.SubmitAsync(list, "#open");
        Assert.Equal($"/dossier/traces/{id}#retours", opened.Headers.Location!.ToString());
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.TraceId == id).Select(n => n.ReadAt).SingleAsync()));
    }
}
