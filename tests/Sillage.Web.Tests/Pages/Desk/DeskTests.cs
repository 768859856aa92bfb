using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.FilRouge;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Desk;

namespace Sillage.Web.Tests.Pages.Desk;

/// <summary>The user-request desk of the fil-rouge company (issue #21 item 5), on SQLite or — with SILLAGE_TEST_POSTGRES —
/// PostgreSQL. Requests made by the tests have their own subjects; the demo's (learners 0–2) are left alone.</summary>
public sealed class DeskTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> UserAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Guid> CohortAsync() => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    private async Task<Guid> RequestAsync(string subject, DateTime? releasedAt = null, DateTime? sendAt = null)
    {
        var cohort = await CohortAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return await app.WithDbAsync(async db =>
        {
            var request = new UserRequest
            {
                CohortId = cohort, RequesterName = "M. Chaton", RequesterRole = "Commercial", RequesterSite = "Bordeaux", Subject = subject,
                Description = "Écran noir au démarrage.", Category = RequestCategory.Hardware, Priority = RequestPriority.Urgent, Service = DeskService.SupportFormation,
                CreatedAt = now, SendAt = sendAt ?? now, ReleasedAt = sendAt is null ? releasedAt ?? now : null,
            };
            db.UserRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
    }

    private Task<UserRequest> LoadAsync(Guid id) => app.WithDbAsync(db => db.UserRequests.AsNoTracking().Include(r => r.Entries).SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_teacher_sends_three_requests_a_learner_handles_one_into_a_trace_and_the_teacher_sees_its_response_time()
    {
        var cohort = await CohortAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var desk = await teacher.GetPageAsync($"/bureau/promotions/{cohort}");
        var chaton = await app.WithDbAsync(db => db.OrganisationPeople.Where(p => p.Name == "M. Chaton").Select(p => p.Id).FirstAsync());
        foreach (var subject in new[] { "Trois demandes : imprimante hors ligne", "Trois demandes : écran qui clignote", "Trois demandes : mot de passe expiré" })
        {
            var sent = await teacher.SubmitAndFollowAsync(desk, "#send-form", new()
            {
                ["Send.RequesterId"] = chaton.ToString(), ["Send.Subject"] = subject, ["Send.Description"] = "Bonjour, pouvez-vous m'aider ?",
                ["Send.Category"] = nameof(RequestCategory.Hardware), ["Send.Priority"] = nameof(RequestPriority.High), ["Send.Service"] = nameof(DeskService.SupportFormation),
            });
            Assert.Empty(sent.Errors());
        }

        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(0));
        var queue = await learner.GetPageAsync("/bureau");
        Assert.Contains("Support et formation", queue.Find("#my-service")!.TextContent, StringComparison.Ordinal);
        var links = queue.FindAll("#queue a").Where(a => a.TextContent.StartsWith("Trois demandes", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, links.Count);
        var printer = links.Single(a => a.TextContent.Contains("imprimante", StringComparison.Ordinal)).GetAttribute("href")!;

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        var page = await learner.SubmitAndFollowAsync(await learner.GetPageAsync(printer), "#take-form");
        Assert.Empty(page.Errors());
        page = await learner.SubmitAndFollowAsync(page, "#act-form", new() { ["Input.Text"] = "Câble réseau rebranché, imprimante de nouveau en ligne.", ["Input.Minutes"] = "15", ["Input.To"] = ((int)RequestState.Resolved).ToString() });
        Assert.Empty(page.Errors());
        Assert.Equal("Résolue", page.Find("#request-state")!.TextContent.Split('·')[0].Trim());
        var trace = await learner.SubmitAndFollowAsync(page, "#trace-form");
        Assert.Empty(trace.Errors());

        var id = Guid.Parse(printer.Split('/')[^1]);
        var request = await LoadAsync(id);
        var saved = await app.WithDbAsync(db => db.Traces.AsNoTracking().Include(t => t.Links).SingleAsync(t => t.Id == request.TraceId));
        Assert.Equal(await UserAsync(DemoSeeder.LearnerEmail(0)), saved.LearnerId);
        Assert.Contains("Câble réseau rebranché", saved.Body, StringComparison.Ordinal);
        Assert.Contains("15 min", saved.Body, StringComparison.Ordinal);
        var codes = await app.WithDbAsync(db => db.FrameworkElements.Where(e => saved.Links.Select(l => l.ElementId).Contains(e.Id)).Select(e => e.Code).ToListAsync());
        Assert.Equal(["C3.1.2"], codes);
        Assert.NotNull((await learner.GetPageAsync(printer)).Find("#request-trace a"));

        var detail = await teacher.GetPageAsync(printer);
        Assert.Equal("25 min", detail.Find("#first-response")!.TextContent.Trim());
        Assert.Equal("25 min", detail.Find("#resolution")!.TextContent.Trim());
        var lea = (await teacher.GetPageAsync($"/bureau/promotions/{cohort}")).FindAll("#desk-learners tbody tr").Single(tr => tr.TextContent.Contains("Léa Moreau", StringComparison.Ordinal));
        Assert.Contains("25 min", lea.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_learners_taking_the_same_request_at_once_one_wins_and_the_other_reads_a_french_message()
    {
        var id = await RequestAsync("Test bureau : deux preneurs");
        var first = await app.SignInAsync(DemoSeeder.LearnerEmail(3));
        var second = await app.SignInAsync(DemoSeeder.LearnerEmail(4));
        var firstForm = await first.GetPageAsync($"/bureau/demandes/{id}");
        var secondForm = await second.GetPageAsync($"/bureau/demandes/{id}");

        var answers = await Task.WhenAll(first.SubmitAndFollowAsync(firstForm, "#take-form"), second.SubmitAndFollowAsync(secondForm, "#take-form"));
        var refused = answers.Where(p => p.Errors().Count > 0).ToList();
        Assert.Single(refused);
        Assert.Contains(refused[0].Errors(), e => e.StartsWith("La demande a changé depuis que vous l'avez ouverte", StringComparison.Ordinal) || e == "Cette demande est déjà prise en charge par quelqu'un d'autre.");
        var request = await LoadAsync(id);
        Assert.Single(request.Entries);
        Assert.Contains(request.HandlerId!.Value, new[] { await UserAsync(DemoSeeder.LearnerEmail(3)), await UserAsync(DemoSeeder.LearnerEmail(4)) });
    }

    [Fact]
    public async Task A_stale_form_never_overwrites_and_keeps_the_text()
    {
        var id = await RequestAsync("Test bureau : formulaire périmé");
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(3));
        var page = await learner.SubmitAndFollowAsync(await learner.GetPageAsync($"/bureau/demandes/{id}"), "#take-form");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var reply = await teacher.SubmitAndFollowAsync(await teacher.GetPageAsync($"/bureau/demandes/{id}"), "#teacher-form", new() { ["Input.Text"] = "Je précise : c'est urgent !", ["Input.AsRequester"] = "true" });
        Assert.Empty(reply.Errors());

        var stale = await learner.SubmitAndFollowAsync(page, "#act-form", new() { ["Input.Text"] = "Mon diagnostic détaillé", ["Input.Minutes"] = "10" });
        Assert.Contains(stale.Errors(), e => e.StartsWith("La demande a changé depuis que vous l'avez ouverte", StringComparison.Ordinal));
        Assert.Equal("Mon diagnostic détaillé", stale.Find("#act-text")!.TextContent);
        var request = await LoadAsync(id);
        Assert.Equal([RequestActor.Learner, RequestActor.Requester], request.Entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Actor));

        // The learner sees the user's reply, and the form sent again from the fresh page is saved.
        var fresh = await learner.GetPageAsync($"/bureau/demandes/{id}");
        Assert.Contains("Je précise : c'est urgent !", fresh.Find("#request-log")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await learner.SubmitAndFollowAsync(fresh, "#act-form", new() { ["Input.Text"] = "Mon diagnostic détaillé", ["Input.Minutes"] = "10" })).Errors());
    }

    [Fact]
    public async Task A_scheduled_request_is_hidden_from_learners_until_the_job_releases_it()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var id = await RequestAsync("Test bureau : programmée", sendAt: now.AddHours(2));
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(3));
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/bureau/demandes/{id}")).StatusCode);
        Assert.DoesNotContain("Test bureau : programmée", (await learner.GetPageAsync("/bureau?vue=toutes")).Text, StringComparison.Ordinal);

        Assert.Equal(0, await app.WithDbAsync(db => db.UserRequests.CountAsync(r => r.Id == id && r.ReleasedAt != null)));
        await app.WithDbAsync(db => RequestReleaser.ReleaseDueAsync(db, now.AddHours(2)));
        Assert.Equal(now.AddHours(2), (await LoadAsync(id)).ReleasedAt);
        Assert.Contains("Test bureau : programmée", (await learner.GetPageAsync("/bureau?vue=toutes")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_situations_set_is_sent_once_and_bad_input_is_refused_in_french()
    {
        var cohort = await CohortAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var desk = await teacher.GetPageAsync($"/bureau/promotions/{cohort}");
        var situation = await app.WithDbAsync(db => db.Situations.Where(s => s.Code == "vosreves-situation-4" && s.EstablishmentId == null).Select(s => s.Id).SingleAsync());
        var page = await teacher.SubmitAndFollowAsync(desk, "#set-form", new() { ["Set.SituationId"] = situation.ToString(), ["Set.SpacingMinutes"] = "30" });
        Assert.Empty(page.Errors());
        var sent = await app.WithDbAsync(db => db.UserRequests.Where(r => r.CohortId == cohort && r.SituationId == situation).ToListAsync());
        Assert.Equal(8, sent.Count);
        Assert.Single(sent, r => r.IsReleased);
        Assert.All(sent, r => Assert.NotNull(r.RequesterId));
        await teacher.SubmitAndFollowAsync(desk, "#set-form", new() { ["Set.SituationId"] = situation.ToString() });
        Assert.Equal(8, await app.WithDbAsync(db => db.UserRequests.CountAsync(r => r.CohortId == cohort && r.SituationId == situation)));

        page = await teacher.SubmitAndFollowAsync(desk, "#send-form", new() { ["Send.Subject"] = "", ["Send.Category"] = "" });
        Assert.Contains("Choisissez la personne qui fait la demande.", page.Errors());
        Assert.Contains("Donnez un objet à la demande.", page.Errors());
        Assert.Contains("Choisissez la catégorie.", page.Errors());
    }

    [Fact]
    public async Task The_teacher_assigns_a_service_and_the_learner_sees_it_on_their_home()
    {
        var cohort = await CohortAsync();
        var learner = await UserAsync(DemoSeeder.LearnerEmail(5));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var desk = await teacher.GetPageAsync($"/bureau/promotions/{cohort}");
        var page = await teacher.SubmitAndFollowAsync(desk, "#assign-form", new() { ["Assign.LearnerId"] = learner.ToString(), ["Assign.Service"] = nameof(DeskService.BackOffice), ["Assign.From"] = "2026-11-16", ["Assign.To"] = "2026-11-27" });
        Assert.Empty(page.Errors());
        page = await teacher.SubmitAndFollowAsync(desk, "#assign-form", new() { ["Assign.LearnerId"] = learner.ToString(), ["Assign.Service"] = nameof(DeskService.SupportFormation), ["Assign.From"] = "2026-11-20", ["Assign.To"] = "2026-11-30" });
        Assert.Contains("L'apprenant est déjà affecté à un service sur une partie de cette période.", page.Errors());

        var home = await (await app.SignInAsync(DemoSeeder.LearnerEmail(5))).GetPageAsync("/");
        Assert.Contains("service Back office", home.Find("#todo-desk")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_of_another_establishment_or_a_teacher_as_learner_is_refused()
    {
        var id = await RequestAsync("Test bureau : autre établissement");
        var other = await app.SignInAsync(Accounts.Other.Learner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/bureau/demandes/{id}")).StatusCode);
        var otherTeacher = await app.SignInAsync(Accounts.Other.Teacher);
        Assert.Equal(HttpStatusCode.NotFound, (await otherTeacher.GetAsync($"/bureau/promotions/{await CohortAsync()}")).StatusCode);
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(3));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/bureau/promotions/{await CohortAsync()}")).StatusCode);
    }
}
