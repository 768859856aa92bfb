using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sillage.Web.Data;

namespace Sillage.Browser.Tests;

/// <summary>
/// The E1 oral from scheduling to the jury's record: the référent schedules an E1-A sitting with two teachers of the
/// speciality as evaluators and marks the candidate present; the first evaluator fills the grid and signs, the
/// second signs, which freezes it; the situation's mark shows on the candidate's record. Then the référent records
/// the jury's decision on the demo's complete record (apprenant12). Every page is axe-clean.
/// </summary>
public sealed class CcfGradingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Two_evaluators_sign_an_E1A_grid_whose_mark_reaches_the_record_and_the_referent_records_the_jury_decision()
    {
        var (learnerId, ecoId, gestionId, completeId) = await WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == "apprenant08@demo.sillage.test").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "prof.eco@demo.sillage.test").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "prof.gestion@demo.sillage.test").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == "apprenant12@demo.sillage.test").Select(u => u.Id).SingleAsync()));

        var coordinator = await app.OpenAsync("referent@demo.sillage.test");
        await coordinator.GotoAsync("/certification/ccf/passages/planifier?situation=E1-A");
        await coordinator.Locator("#Input_StartsAt").FillAsync("2026-11-16T10:30");
        await coordinator.Locator("#Input_Room").FillAsync("Salle B14");
        await coordinator.Locator($"#teacher-{ecoId}").CheckAsync();
        await coordinator.Locator($"#teacher-{gestionId}").CheckAsync();
        await coordinator.Locator($"#learner-{learnerId}").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Planifier", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Passage E1-A planifié");
        var candidate = await WithDbAsync(db => db.CcfCandidates.Where(c => c.LearnerId == learnerId).Select(c => c.Id).SingleAsync());
        await coordinator.Locator($"#attendance-{candidate}").SelectOptionAsync("Present");
        await coordinator.Locator($"form.attendance-form:has(#attendance-{candidate}) button").ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Présence enregistrée.");
        await coordinator.AssertAccessibleAsync();

        var first = await app.OpenAsync("prof.eco@demo.sillage.test");
        await first.GotoAsync($"/certification/ccf/grilles/{candidate}");
        await first.EvaluateAsync("() => document.querySelectorAll('#grid-form select').forEach(s => s.selectedIndex = s.options.length - 1)");
        await first.Locator("#Input_Mark").FillAsync("14,5");
        await first.Locator("#Input_Comment").FillAsync("Présentation claire, rôle dans le projet bien expliqué.");
        await first.AssertAccessibleAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la grille" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Grille enregistrée.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Signer la grille" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("attend la signature des autres évaluateurs");

        var second = await app.OpenAsync("prof.gestion@demo.sillage.test");
        await second.GotoAsync($"/certification/ccf/grilles/{candidate}");
        await second.GetByRole(AriaRole.Button, new() { Name = "Signer la grille" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("elle est figée");
        await Assertions.Expect(second.Locator("#frozen")).ToBeVisibleAsync();
        await second.AssertAccessibleAsync();

        await coordinator.GotoAsync($"/certification/ccf/jury/{learnerId}");
        await Assertions.Expect(coordinator.Locator("#epreuve-E1")).ToContainTextAsync("14,5");
        await coordinator.AssertAccessibleAsync();

        await coordinator.GotoAsync($"/certification/ccf/jury/{completeId}");
        await coordinator.Locator("#Decision_Reason").FillAsync("Décision prise en commission le 16 novembre.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Décision du jury enregistrée.");
        await Assertions.Expect(coordinator.Locator("#decision")).ToContainTextAsync("Décision du jury");
        await coordinator.AssertAccessibleAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<SillageDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SillageDb>());
    }
}
