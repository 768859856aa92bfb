using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

public sealed class TraceEditingTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(2);

    [Fact]
    public async Task A_learner_writes_a_trace_and_finds_it_in_their_dossier()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Installation du poste de M. Chaton", "## Contexte\nPoste du **nouveau commercial**.", "poste, installation");

        var page = await client.GetPageAsync($"/dossier/traces/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Installation du poste de M. Chaton", page.Find("h1")!.TextContent);
        Assert.NotNull(page.Find("#trace-body strong"));
        var dossier = await client.GetPageAsync("/dossier");
        Assert.Contains("Installation du poste de M. Chaton", dossier.Text);
        var trace = await app.LoadAsync(id);
        Assert.Equal(1, trace.Version);
        Assert.Equal("poste, installation", trace.Tags);
    }

    [Fact]
    public async Task A_trace_without_title_or_dated_in_the_future_is_refused_with_french_messages()
    {
        var client = await app.SignInAsync(Learner);
        var page = await client.GetPageAsync("/dossier/nouvelle");
        var result = await client.SubmitAndFollowAsync(page, "#trace-form", new() { ["Input.Title"] = " ", ["Input.ActivityDate"] = "2030-01-01" });

        Assert.Contains("Donnez un titre à la trace.", result.Errors());
        Assert.Contains("La date de l'activité ne peut pas être dans le futur.", result.Errors());
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_the_second_gets_the_conflict_and_nothing_is_lost()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Compte rendu VPN", "Première version.");
        var firstTab = await client.GetPageAsync($"/dossier/traces/{id}/modifier");
        var secondTab = await client.GetPageAsync($"/dossier/traces/{id}/modifier");

        var saved = await client.SubmitAsync(firstTab, "#trace-form", new() { ["Input.Body"] = "Texte du premier onglet." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await client.SubmitAndFollowAsync(secondTab, "#trace-form", new() { ["Input.Body"] = "Texte du second onglet." });

        Assert.Contains(conflict.Errors(), e => e.Contains("enregistrée ailleurs", StringComparison.Ordinal));
        Assert.Contains("Texte du premier onglet.", conflict.Find("#conflict-title")!.ParentElement!.ParentElement!.TextContent);
        Assert.Equal("Texte du second onglet.", conflict.Find("#Input_Body")!.TextContent);
        var trace = await app.LoadAsync(id);
        Assert.Equal(2, trace.Version);
        Assert.Equal("Texte du premier onglet.", trace.Body);
        var draft = await app.WithDbAsync(db => db.TraceDrafts.SingleAsync(d => d.TraceId == id));
        Assert.Equal("Texte du second onglet.", draft.Body);

        // Saving again, knowingly, keeps both versions in the history.
        var resolved = await client.SubmitAsync(conflict, "#trace-form");
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var versions = await app.WithDbAsync(db => db.TraceRevisions.Where(r => r.TraceId == id).OrderBy(r => r.Version).Select(r => r.Body).ToListAsync());
        Assert.Equal(["Première version.", "Texte du premier onglet.", "Texte du second onglet."], versions);
    }

    [Fact]
    public async Task Autosave_keeps_a_draft_that_the_editor_brings_back()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Guide des congés", "Début.");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var editorAgain = await client.GetPageAsync($"/dossier/traces/{id}/modifier");
        var form = editorAgain.Find("#trace-form")!;
        var handler = form.GetAttribute("hx-post")!;
        var response = await client.PostAsync(handler, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = editorAgain.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Title"] = "Guide des congés",
            ["Input.Body"] = "Texte jamais enregistré, onglet fermé.",
            ["Input.Version"] = "1",
            ["Input.Session"] = Guid.NewGuid().ToString(),
            ["Input.ActivityDate"] = "2026-11-10",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Brouillon enregistré", await response.Content.ReadAsStringAsync());

        var reopened = await client.GetPageAsync($"/dossier/traces/{id}/modifier");
        Assert.Equal("Texte jamais enregistré, onglet fermé.", reopened.Find("#Input_Body")!.TextContent);
        Assert.Contains("brouillon non enregistré", reopened.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Restoring_an_old_version_adds_a_new_version_and_erases_nothing()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Matrice des habilitations", "Version A");
        var editor = await client.GetPageAsync($"/dossier/traces/{id}/modifier");
        await client.SubmitAsync(editor, "#trace-form", new() { ["Input.Body"] = "Version B" });

        var history = await client.GetPageAsync($"/dossier/traces/{id}/versions?de=1&a=2");
        Assert.Contains("Version A", history.Find(".diff")!.TextContent);
        Assert.Contains("Version B", history.Find(".diff")!.TextContent);
        var restore = history.FindAll("form").First(f => f.QuerySelector("input[name=version][value='1']") is not null);
        restore.Id = "restore-1";
        await client.SubmitAsync(history, "#restore-1");

        var trace = await app.LoadAsync(id);
        Assert.Equal(3, trace.Version);
        Assert.Equal("Version A", trace.Body);
        Assert.Equal(3, await app.WithDbAsync(db => db.TraceRevisions.CountAsync(r => r.TraceId == id)));
    }

    [Fact]
    public async Task A_deleted_trace_goes_to_the_bin_and_can_be_restored()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Trace à jeter");
        var editor = await client.GetPageAsync($"/dossier/traces/{id}/modifier");
        editor.FindAll("form").Last().Id = "delete-form";
        await client.SubmitAsync(editor, "#delete-form");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossier/traces/{id}")).StatusCode);

        var bin = await client.GetPageAsync("/dossier?corbeille=true");
        Assert.Contains("Trace à jeter", bin.Text);
        bin.FindAll("form").First(f => f.QuerySelector($"input[value='{id}']") is not null).Id = "restore-form";
        var restored = await client.SubmitAsync(bin, "#restore-form");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dossier/traces/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_learner_links_competences_with_a_justification_and_sees_the_coverage()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Mise à jour du site");
        var c11 = await app.ElementIdAsync("C1.1");
        var links = await client.GetPageAsync($"/dossier/traces/{id}/competences");
        var missing = await client.SubmitAndFollowAsync(links, "#add-link", new() { ["elementId"] = c11.ToString(), ["justification"] = "" });
        Assert.Contains("Expliquez en une ou deux phrases ce que cette trace prouve pour cette compétence.", missing.Errors());

        var added = await client.SubmitAndFollowAsync(links, "#add-link", new() { ["elementId"] = c11.ToString(), ["justification"] = "J'ai mis à jour le site.", ["selfLevel"] = "3" });
        Assert.Contains("C1.1 reliée à la trace.", added.Text);
        var coverage = await client.GetPageAsync("/dossier/competences");
        var row = coverage.FindAll("tr.coverage-competence").First(r => r.TextContent.Contains("actualisation d'un site Web", StringComparison.Ordinal));
        Assert.Contains("Mise à jour du site", row.TextContent);
        Assert.Contains("Acquis", row.TextContent);
    }
}
