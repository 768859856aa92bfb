using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Pages.Portfolio;

/// <summary>Writing help in the dossier (issue 20, item 7): canvases per kind of trace, the PFMP journal started from
/// the learner's period, and the savoirs associés a trace mobilises. Demo learners 0 (a PFMP period), 1 (another's
/// period) and 2.</summary>
public sealed class TraceTemplatesTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_learner_starts_an_activity_report_from_its_canvas_and_saves_it()
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(2));
        var page = await client.GetPageAsync("/dossier/nouvelle?modele=compte-rendu");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Compte rendu d'activité", page.Find("#template-used")!.TextContent);
        var body = page.Find("#Input_Body")!.TextContent;
        Assert.Contains("## Le contexte et la demande", body);
        Assert.Contains("## Ma production", body);
        Assert.Contains("## La démarche suivie", body);
        Assert.Contains("## Ma progression", body);
        Assert.Equal(nameof(TraceKind.ActivityReport), ((IHtmlSelectElement)page.Find("#Input_Kind")!).Value);

        var saved = await client.SubmitAsync(page, "#trace-form", new() { ["Input.Title"] = "Compte rendu : mise à jour de la page Offres" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var trace = await app.LoadAsync(Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last()));
        Assert.Contains("## La démarche suivie", trace.Body);
    }

    [Theory]
    [InlineData("analyse-reflexive", nameof(TraceKind.Reflection), "## Ce qui n'a pas fonctionné")]
    [InlineData("presentation-organisation", nameof(TraceKind.OrganisationPresentation), "## Ses outils numériques")]
    public async Task Each_canvas_sets_its_kind_and_headings(string slug, string kind, string heading)
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(2));
        var page = await client.GetPageAsync($"/dossier/nouvelle?modele={slug}");

        Assert.Equal(kind, ((IHtmlSelectElement)page.Find("#Input_Kind")!).Value);
        Assert.Contains(heading, page.Find("#Input_Body")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_canvas_opens_the_plain_editor()
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(2));
        var page = await client.GetPageAsync("/dossier/nouvelle?modele=inconnu&brouillon=00000000-0000-0000-0000-000000000001");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("#template-used"));
        Assert.DoesNotContain("## ", page.Find("#Input_Body")!.TextContent);
    }

    [Fact]
    public async Task The_pfmp_journal_starts_from_the_learners_own_period_and_keeps_it()
    {
        var own = await app.PeriodAsync(0);
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(0));
        var mine = await client.GetPageAsync("/pfmp/mes-periodes");
        Assert.NotNull(mine.Find($"a[href*='modele=journal-pfmp'][href*='{own}']"));

        var page = await client.GetPageAsync($"/dossier/nouvelle?modele=journal-pfmp&contexte=Pfmp&ref={own}");
        var host = await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.Id == own).Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (_, h) => h.Name).SingleAsync());
        Assert.Equal($"PFMP chez {host}", ((IHtmlInputElement)page.Find("#Input_ContextLabel")!).Value);
        Assert.Equal(nameof(TraceContext.Pfmp), ((IHtmlSelectElement)page.Find("#Input_Context")!).Value);
        Assert.Contains("## Les tâches réalisées", page.Find("#Input_Body")!.TextContent);

        var saved = await client.SubmitAsync(page, "#trace-form", new() { ["Input.Title"] = "Journal : première semaine" });
        var trace = await app.LoadAsync(Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last()));
        Assert.Equal(own, trace.ContextReferenceId);
        Assert.Equal(TraceContext.Pfmp, trace.Context);
    }

    [Fact]
    public async Task Another_learners_period_is_neither_shown_nor_kept_as_the_journals_reference()
    {
        var others = await app.PeriodAsync(1);
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(0));

        var page = await client.GetPageAsync($"/dossier/nouvelle?modele=journal-pfmp&contexte=Pfmp&ref={others}");
        Assert.Equal("", ((IHtmlInputElement)page.Find("#Input_ContextLabel")!).Value);
        Assert.Equal("", ((IHtmlInputElement)page.Find("input[name='Input.ContextReferenceId']")!).Value);

        var saved = await client.SubmitAsync(page, "#trace-form", new() { ["Input.Title"] = "Journal détourné", ["Input.ContextReferenceId"] = others.ToString() });
        var trace = await app.LoadAsync(Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last()));
        Assert.Null(trace.ContextReferenceId);
    }

    [Fact]
    public async Task A_trace_linked_to_a_detailed_competence_of_C2_3_mobilises_its_savoirs_associes()
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(2));
        var id = await client.CreateAsync("Habilitations du service commercial");
        var links = await client.GetPageAsync($"/dossier/traces/{id}/competences");
        Assert.Contains("Reliez d'abord la trace à une compétence", links.Find("#knowledge")!.TextContent);

        links = await client.SubmitAndFollowAsync(links, "#add-link", new()
        {
            ["elementId"] = (await app.ElementIdAsync("C2.3.2")).ToString(), ["justification"] = "J'ai revu les droits d'accès du service.",
        });
        var boxes = links.FindAll("#knowledge input[name='knowledgeIds']").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(2, boxes.Count);
        Assert.Contains("gestion des habilitations", links.Find($"label[for='k-{boxes[0].Value}']")!.TextContent);
        boxes[0].IsChecked = true;
        var saved = await client.SubmitAndFollowAsync(links, "#knowledge form");
        Assert.Contains("Savoirs associés enregistrés (1).", saved.Text);
        Assert.True(((IHtmlInputElement)saved.Find($"#k-{boxes[0].Value}")!).IsChecked);

        var detail = await client.GetPageAsync($"/dossier/traces/{id}");
        Assert.Contains("Savoirs associés mobilisés (1)", detail.Find("#knowledge")!.TextContent);
        Assert.Contains("gestion des habilitations", detail.Find("#knowledge")!.TextContent);

        // Unticked: removed.
        var emptied = await client.SubmitAndFollowAsync(saved, "#knowledge form", new() { ["knowledgeIds"] = null });
        Assert.Contains("Savoirs associés enregistrés (0).", emptied.Text);
        Assert.Equal(0, await app.WithDbAsync(db => db.TraceKnowledgeLinks.CountAsync(k => k.TraceId == id)));
    }

    [Fact]
    public async Task A_savoir_not_offered_for_the_traces_competences_is_refused_and_nothing_is_saved()
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(2));
        var id = await client.CreateAsync("Mise à jour du site : savoirs");
        var links = await client.SubmitAndFollowAsync(await client.GetPageAsync($"/dossier/traces/{id}/competences"), "#add-link", new()
        {
            ["elementId"] = (await app.ElementIdAsync("C1.1")).ToString(), ["justification"] = "J'ai mis à jour le site.",
        });
        Assert.Contains("ne détaille pas de savoirs associés", links.Find("#knowledge")!.TextContent);

        var savoir = await app.WithDbAsync(db => db.FrameworkElements
            .Where(e => e.Kind == Sillage.Domain.Frameworks.ElementKind.Knowledge && db.Cohorts.Any(c => c.FrameworkId == e.FrameworkId))
            .OrderBy(e => e.SortOrder).Select(e => e.Id).FirstAsync());
        links.Find("#add-link")!.SetAttribute("action", $"/dossier/traces/{id}/competences?handler=Knowledge");
        var refused = await client.SubmitAndFollowAsync(links, "#add-link", new() { ["knowledgeIds"] = savoir.ToString(), ["elementId"] = null, ["justification"] = null });

        Assert.Contains("Choisissez des savoirs associés des compétences reliées à la trace.", refused.Errors());
        Assert.Equal(0, await app.WithDbAsync(db => db.TraceKnowledgeLinks.CountAsync(k => k.TraceId == id)));
    }
}
