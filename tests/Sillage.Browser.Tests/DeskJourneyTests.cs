using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// Issue #21 item 5, done when: a teacher sends three requests from VosRêves's people to the back office; a learner of
/// that service (apprenant02) takes one, answers, resolves it and turns it into a trace of their dossier; the teacher
/// sees its response time — every step accessible (axe).
/// </summary>
public sealed class DeskJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_teacher_sends_three_requests_a_learner_handles_one_into_a_trace_and_the_teacher_sees_the_response_time()
    {
        var teacher = await app.OpenAsync("prof.eco@demo.sillage.test");
        await teacher.GotoAsync("/bureau");
        await teacher.AssertAccessibleAsync();
        await teacher.Locator("#desk-cohorts a").First.ClickAsync();
        await Assertions.Expect(teacher.Locator("#queue")).ToBeVisibleAsync();
        await teacher.AssertAccessibleAsync();

        foreach (var subject in new[] { "Parcours : créer un compte pour la stagiaire", "Parcours : droits sur le dossier partagé", "Parcours : boîte de messagerie pleine" })
        {
            await teacher.GetByLabel("Demandeur (organigramme)").SelectOptionAsync(new SelectOptionValue { Label = "Mme Durand — Responsable agence Bordeaux (Bordeaux)" });
            await teacher.GetByLabel("Objet").FillAsync(subject);
            await teacher.GetByLabel("Description (le message de l'utilisateur)").FillAsync("Bonjour, pouvez-vous vous en occuper aujourd'hui ? Merci.");
            await teacher.Locator("#Send_Category").SelectOptionAsync(new SelectOptionValue { Label = "Compte et droits" });
            await teacher.GetByLabel("Service destinataire").SelectOptionAsync(new SelectOptionValue { Label = "Back office" });
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
            await Assertions.Expect(teacher.Locator("#queue")).ToContainTextAsync(subject);
        }

        await teacher.AssertAccessibleAsync();
        var desk = teacher.Url;

        var learner = await app.OpenAsync("apprenant02@demo.sillage.test");
        await learner.GotoAsync("/");
        await learner.Locator("#todo-desk a").ClickAsync();
        await Assertions.Expect(learner.Locator("#my-service")).ToContainTextAsync("Back office");
        await learner.AssertAccessibleAsync();
        await learner.GetByRole(AriaRole.Link, new() { Name = "Parcours : créer un compte pour la stagiaire" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Prendre en charge" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("Demande prise en charge : elle est à vous.")).ToBeVisibleAsync();
        await learner.AssertAccessibleAsync();

        await learner.GetByLabel("Votre réponse à l'utilisateur ou ce que vous avez fait").FillAsync("Compte créé avec le profil consultation, valable trois semaines.");
        await learner.GetByLabel("Temps passé (minutes)").FillAsync("20");
        await learner.GetByLabel("Étape").SelectOptionAsync(new SelectOptionValue { Label = "Marquer comme résolue" });
        await learner.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'étape" }).ClickAsync();
        await Assertions.Expect(learner.Locator("#request-state")).ToContainTextAsync("Résolue");
        await learner.AssertAccessibleAsync();

        await learner.GetByRole(AriaRole.Button, new() { Name = "En faire une trace de mon dossier" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("Trace créée dans votre dossier", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(learner.Locator("h1")).ToContainTextAsync("Demande utilisateur : Parcours : créer un compte pour la stagiaire");
        await learner.AssertAccessibleAsync();

        await teacher.GotoAsync(desk);
        await Assertions.Expect(teacher.Locator("#desk-medians")).ToContainTextAsync("min");
        await teacher.GetByRole(AriaRole.Link, new() { Name = "Parcours : créer un compte pour la stagiaire" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("#first-response")).ToContainTextAsync("min");
        await Assertions.Expect(teacher.Locator("#request-trace")).ToBeVisibleAsync();
        await teacher.AssertAccessibleAsync();
    }
}
