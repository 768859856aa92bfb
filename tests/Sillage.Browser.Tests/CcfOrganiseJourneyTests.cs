using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sillage.Web.Data;

namespace Sillage.Browser.Tests;

/// <summary>
/// The référent schedules an E1-A oral with a teacher and a professional and a candidate with a tiers temps, sends
/// and opens the convocation; then an E3-B session starting in half an hour: once the (pinned) clock reaches it, the
/// learner sees the source document and uploads the production, which the team sees. The demo's E1-A group project
/// gains and loses a member, and a member writes their own contribution. Every page is axe-clean.
/// </summary>
public sealed class CcfOrganiseJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_referent_schedules_an_E1A_oral_and_an_E3B_session_where_the_learner_gets_the_source_and_uploads()
    {
        var (learnerId, teacherId, tutorId) = await WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == "apprenant06@demo.sillage.test").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "prof.eco@demo.sillage.test").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "tuteur@demo.sillage.test").Select(u => u.Id).SingleAsync()));

        var coordinator = await app.OpenAsync("referent@demo.sillage.test");
        await coordinator.GotoAsync("/certification");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Épreuves en CCF" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Épreuves en CCF", Level = 1 }).WaitForAsync();
        await coordinator.AssertAccessibleAsync();

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Planifier un passage E1-A" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#Input_DurationMinutes")).ToHaveValueAsync("40");
        await coordinator.Locator("#Input_StartsAt").FillAsync("2026-12-02T09:00");
        await coordinator.Locator("#Input_Room").FillAsync("Salle B14");
        await coordinator.Locator($"#teacher-{teacherId}").CheckAsync();
        await coordinator.Locator("#Input_ProfessionalId").SelectOptionAsync(tutorId.ToString());
        await coordinator.Locator($"#learner-{learnerId}").CheckAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Planifier", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Passage E1-A planifié avec 1 candidat(s).");
        await Assertions.Expect(coordinator.Locator("#evaluators")).ToContainTextAsync(",");

        await coordinator.Locator($"#extra-{await CandidateAsync(learnerId, "E1-A")}").FillAsync("33");
        await coordinator.Locator("form.accommodation-form button").ClickAsync();
        await Assertions.Expect(coordinator.Locator("#candidates .ends-at")).ToContainTextAsync("09:54");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Envoyer les convocations" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("1 convocation(s) envoyée(s).");
        var pdf = await coordinator.APIRequest.GetAsync(await coordinator.Locator("#candidates a[href*='handler=Convocation']").First.GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        // E3-B at 10:30 school time, half an hour after the pinned clock (09:00 UTC is 10:00 in Paris).
        await coordinator.GotoAsync("/certification/ccf/passages/planifier?situation=E3-B");
        await Assertions.Expect(coordinator.Locator("#Input_DurationMinutes")).ToHaveValueAsync("120");
        await coordinator.Locator("#Input_StartsAt").FillAsync("2026-11-16T10:30");
        await coordinator.Locator("#Input_Room").FillAsync("Salle C03");
        await coordinator.Locator($"#teacher-{teacherId}").CheckAsync();
        await coordinator.Locator($"#learner-{learnerId}").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Planifier", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Passage E3-B planifié");
        await coordinator.Locator("#source").SetInputFilesAsync(new FilePayload { Name = "manual.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 technical manual"u8.ToArray() });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Déposer", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#sources")).ToContainTextAsync("manual.pdf");
        await coordinator.AssertAccessibleAsync();

        var learner = await app.OpenAsync("apprenant06@demo.sillage.test");
        await learner.GotoAsync("/certification/ccf/mes-epreuves");
        await Assertions.Expect(learner.Locator("[data-situation='E3-B']")).ToContainTextAsync("pendant votre temps d'épreuve seulement");
        await learner.AssertAccessibleAsync();

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 9, 35, 0, TimeSpan.Zero));
        await learner.ReloadAsync();
        await Assertions.Expect(learner.Locator("[data-situation='E3-B'] .sources")).ToContainTextAsync("manual.pdf");
        await learner.Locator("[data-situation='E3-B'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "fiche.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 fiche"u8.ToArray() });
        await learner.Locator("[data-situation='E3-B'] form.production-form button").ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Status)).ToContainTextAsync("Production déposée.");
        await learner.AssertAccessibleAsync();

        await coordinator.ReloadAsync();
        await Assertions.Expect(coordinator.Locator("#productions")).ToContainTextAsync("fiche.pdf");
    }

    [Fact]
    public async Task The_referent_changes_the_members_of_the_E1A_group_project_and_a_member_writes_their_contribution()
    {
        var coordinator = await app.OpenAsync("referent@demo.sillage.test");
        await coordinator.GotoAsync("/certification/ccf/projets");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Refonte du site de l'association Vos Rêves", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("section.member")).ToHaveCountAsync(3);
        await coordinator.AssertAccessibleAsync();

        var newcomer = (await coordinator.Locator("#new-member option").First.TextContentAsync())!.Trim();
        await coordinator.Locator("#new-member").SelectOptionAsync(new SelectOptionValue { Label = newcomer });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ajouter au projet" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"{newcomer} ajouté(e) au projet.");
        await Assertions.Expect(coordinator.Locator("section.member")).ToHaveCountAsync(4);
        // Four is the situation's maximum: nobody else is offered.
        await Assertions.Expect(coordinator.Locator("#add-member-form")).ToHaveCountAsync(0);
        await Assertions.Expect(coordinator.Locator("#members-full")).ToContainTextAsync("maximum de la situation");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = $"Retirer du projet — {newcomer}" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"{newcomer} retiré(e) du projet.");
        await Assertions.Expect(coordinator.Locator("section.member")).ToHaveCountAsync(3);
        await coordinator.AssertAccessibleAsync();

        var member = await app.OpenAsync("apprenant01@demo.sillage.test");
        await member.GotoAsync(coordinator.Url);
        await Assertions.Expect(member.Locator("form.contribution-form")).ToHaveCountAsync(1);
        await member.Locator("form.contribution-form textarea").FillAsync("J'ai mené l'audit du site et animé les réunions d'équipe.");
        await member.Locator("form.contribution-form button").ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Contribution enregistrée.");
        await Assertions.Expect(member.Locator("#add-member-form")).ToHaveCountAsync(0);
        await member.AssertAccessibleAsync();
    }

    private async Task<Guid> CandidateAsync(Guid learnerId, string situation) =>
        await WithDbAsync(db => db.CcfCandidates.Where(c => c.LearnerId == learnerId && db.CcfSittings.Any(s => s.Id == c.SittingId && s.SituationCode == situation))
            .Select(c => c.Id).SingleAsync());

    private async Task<T> WithDbAsync<T>(Func<SillageDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SillageDb>());
    }
}
