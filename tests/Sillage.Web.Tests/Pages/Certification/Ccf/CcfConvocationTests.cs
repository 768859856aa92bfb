using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>Convocations: the PDF per candidate and per sitting, "send" (a notification and an e-mail per candidate),
/// and a new convocation after a reschedule.</summary>
public sealed class CcfConvocationTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Sending_convokes_each_candidate_by_notification_and_email_with_their_end_time_then_a_reschedule_sends_a_new_convocation()
    {
        var email = DemoSeeder.LearnerEmail(6);
        var sitting = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 7, 8, 0, 0), 40, email);
        var learner = sitting.Candidates[0].LearnerId;
        await app.WithDbAsync(async db =>
        {
            await db.CcfCandidates.Where(c => c.Id == sitting.Candidates[0].Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.ExtraTimePercent, 33).SetProperty(c => c.Accommodation, "Lecteur"));
        });
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        var sent = await client.SubmitAndFollowAsync(page, "#convoke-form");
        Assert.Contains("1 convocation(s) envoyée(s).", sent.Text, StringComparison.Ordinal);

        var mail = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync());
        var first = Assert.Single(mail);
        Assert.StartsWith("Convocation — CCF E1-A, le 07/12/2026 à 09:00", first.Subject, StringComparison.Ordinal);
        Assert.Contains("Heure : de 09:00 à 09:54", first.Body, StringComparison.Ordinal);
        Assert.Contains("Aménagements : Lecteur", first.Body, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == learner && n.Kind == NotificationKind.CcfConvocation)));
        Assert.NotNull(await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.Id == sitting.Candidates[0].Id).Select(c => c.ConvokedAt).SingleAsync()));

        var edit = await client.GetPageAsync($"/certification/ccf/passages/{sitting.Id}/modifier");
        await client.SubmitAndFollowAsync(edit, "#sitting-form", new() { ["Input.StartsAt"] = "2026-12-08T14:00" });
        page = await client.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        await client.SubmitAndFollowAsync(page, "#convoke-form");
        var again = (await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync())).Last();
        Assert.StartsWith("Nouvelle convocation — CCF E1-A, le 08/12/2026 à 14:00", again.Subject, StringComparison.Ordinal);
        Assert.Contains("Cette convocation remplace la précédente", again.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_convocations_are_PDF_files_for_the_team_and_for_the_convened_learner_only()
    {
        var sitting = await CcfTestData.DemoSittingAsync(app, "E1-A");
        var learner = await CcfTestData.UserAsync(app, Accounts.Learner);
        var candidate = await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.SittingId == sitting && c.LearnerId == learner).Select(c => c.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        foreach (var url in new[] { $"/certification/ccf/passages/{sitting}?handler=Convocation", $"/certification/ccf/passages/{sitting}?handler=Convocation&candidateId={candidate}" })
        {
            var response = await teacher.GetAsync(url);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        }

        // The learner gets theirs once it was sent; another learner never.
        var own = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/certification/ccf/mes-epreuves?handler=Convocation&candidateId={candidate}")).StatusCode);
        await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.Id == candidate).ExecuteUpdateAsync(u => u.SetProperty(c => c.ConvokedAt, new DateTime(2026, 11, 16))));
        Assert.Equal("application/pdf", (await own.GetAsync($"/certification/ccf/mes-epreuves?handler=Convocation&candidateId={candidate}")).Content.Headers.ContentType?.MediaType);
        var other = await app.SignInAsync(DemoSeeder.LearnerEmail(7));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/certification/ccf/mes-epreuves?handler=Convocation&candidateId={candidate}")).StatusCode);
        var otherEstablishment = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await otherEstablishment.GetAsync($"/certification/ccf/passages/{sitting}?handler=Convocation")).StatusCode);
    }

    [Fact]
    public async Task A_plain_teacher_cannot_send_convocations()
    {
        var sitting = await CcfTestData.AddSittingAsync(app, "E1", "E1-A", new DateTime(2026, 12, 9, 8, 0, 0), 40, DemoSeeder.LearnerEmail(8));
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync($"/certification/ccf/passages/{sitting.Id}");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var token = (await teacher.GetPageAsync($"/certification/ccf/passages/{sitting.Id}")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await teacher.PostAsync($"/certification/ccf/passages/{sitting.Id}?handler=Convoke", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.CcfCandidates.Where(c => c.SittingId == sitting.Id).Select(c => c.ConvokedAt).SingleAsync()));
        Assert.NotNull(page.Find("#convoke-form"));
    }
}
