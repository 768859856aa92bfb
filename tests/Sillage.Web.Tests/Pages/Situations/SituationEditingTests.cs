using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>Teachers duplicate a situation of the common library, change the copy (each save a version, history
/// kept, a stale form refused) and restore an older version; the library itself stays untouched.</summary>
public sealed class SituationEditingTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> SituationAsync(string code) => app.WithDbAsync(db => db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    private async Task<(HttpClient Client, Guid Copy)> DuplicateAsync(string code = "vosreves-situation-2")
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var source = await SituationAsync(code);
        var page = await client.GetPageAsync($"/situations/{source}");
        var copy = await client.SubmitAndFollowAsync(page, "form[action*='handler=Duplicate']");
        return (client, Guid.Parse(copy.Url.AbsolutePath.Split('/')[2]));
    }

    [Fact]
    public async Task A_teacher_duplicates_a_library_situation_into_their_establishment()
    {
        var source = await SituationAsync("vosreves-situation-2");
        var (client, copyId) = await DuplicateAsync();
        var copy = await app.WithDbAsync(db => db.Situations.Include(s => s.Missions).SingleAsync(s => s.Id == copyId));
        var establishment = await app.EstablishmentOfAsync(Accounts.Teacher);
        Assert.Equal((establishment, source, 1, 4), (copy.EstablishmentId!.Value, copy.DuplicatedFromId!.Value, copy.Version, copy.Missions.Count));
        Assert.Equal("Situation 2 — L'arrivée d'un nouveau commercial (copie)", copy.Title);

        var page = await client.GetPageAsync($"/situations/{copyId}");
        Assert.Contains("Copie de", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Find($"a[href='/situations/{copyId}/modifier']"));
    }

    [Fact]
    public async Task The_common_library_is_read_only_for_teachers()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var library = await SituationAsync("vosreves-situation-2");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/situations/{library}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/situations/{library}/missions/editer")).StatusCode);
        var page = await client.GetPageAsync($"/situations/{library}");
        Assert.Null(page.Find($"a[href='/situations/{library}/modifier']"));
        Assert.Contains("dupliquez-la pour l'adapter", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_save_is_a_version_and_an_older_one_can_be_restored()
    {
        var (client, copy) = await DuplicateAsync("vosreves-situation-3");
        var edit = await client.GetPageAsync($"/situations/{copy}/modifier");
        var saved = await client.SubmitAndFollowAsync(edit, "#situation-form", new() { ["Input.Title"] = "Sensibiliser les agents de la médiathèque" });
        Assert.Contains("Situation enregistrée (version 2).", saved.Text, StringComparison.Ordinal);

        var history = await client.GetPageAsync($"/situations/{copy}/historique");
        Assert.Equal(2, history.FindAll("tbody tr").Count());
        Assert.Contains("Informations générales modifiées", history.Text, StringComparison.Ordinal);

        var first = await client.GetPageAsync($"/situations/{copy}/historique?version=1");
        Assert.Contains("Sensibiliser les salariés après une attaque virale (copie)", first.Text, StringComparison.Ordinal);
        var restored = await client.SubmitAndFollowAsync(first, "form[action*='handler=Restore']");
        Assert.Contains("Version 1 restaurée : elle devient la version 3.", restored.Text, StringComparison.Ordinal);
        Assert.Equal(("Situation 3 — Sensibiliser les salariés après une attaque virale (copie)", 3),
            await app.WithDbAsync(db => db.Situations.Where(s => s.Id == copy).Select(s => new ValueTuple<string, int>(s.Title, s.Version)).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Situations.Where(s => s.Code == "vosreves-situation-3").Select(s => s.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_form_built_on_an_older_version_is_refused_and_changes_nothing()
    {
        var (client, copy) = await DuplicateAsync();
        var stale = await client.GetPageAsync($"/situations/{copy}/modifier");
        var other = await client.GetPageAsync($"/situations/{copy}/modifier");
        await client.SubmitAsync(other, "#situation-form", new() { ["Input.Title"] = "Première modification" });

        var refused = await client.SubmitAndFollowAsync(stale, "#situation-form", new() { ["Input.Title"] = "Seconde modification" });
        Assert.Contains(refused.Errors(), e => e.StartsWith("La situation a été modifiée par quelqu'un d'autre entre-temps", StringComparison.Ordinal));
        Assert.Equal("Première modification", await app.WithDbAsync(db => db.Situations.Where(s => s.Id == copy).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_mission_is_added_with_its_competences_and_a_foreign_element_is_refused()
    {
        var (client, copy) = await DuplicateAsync("vosreves-situation-3");
        var (c312, crcn) = await app.WithDbAsync(async db => (
            await db.FrameworkElements.Where(e => e.Code == "C3.1.2" && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "mc-sno")).Select(e => e.Id).SingleAsync(),
            await db.FrameworkElements.Where(e => e.Kind == ElementKind.Competence && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "crcn")).Select(e => e.Id).FirstAsync()));
        var form = await client.GetPageAsync($"/situations/{copy}/missions/editer");

        var refused = await client.SubmitAndFollowAsync(form, "#mission-form", new() { ["Input.Title"] = "Animer un atelier", ["Input.ElementIds"] = crcn.ToString() });
        Assert.Contains("Une compétence choisie n'appartient pas au référentiel de la situation.", refused.Errors());
        var empty = await client.SubmitAndFollowAsync(form, "#mission-form", new() { ["Input.Title"] = " " });
        Assert.Contains("Décrivez la mission (ce que fait l'apprenant).", empty.Errors());

        var detail = await client.SubmitAndFollowAsync(form, "#mission-form", new()
        {
            ["Input.Title"] = "Animer un atelier de sensibilisation", ["Input.ElementIds"] = c312.ToString(), ["Input.Productions"] = "- Feuille d'émargement",
        });
        Assert.Contains("Mission 2 ajoutée (version 2).", detail.Text, StringComparison.Ordinal);
        var card = detail.Find("#mission-2")!.ParentElement!.ParentElement!;
        Assert.Contains("Assurer le support de premier niveau aux utilisateurs", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Feuille d'émargement", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_attached_checked_and_downloaded()
    {
        var (client, copy) = await DuplicateAsync("vosreves-situation-3");
        var page = await client.GetPageAsync($"/situations/{copy}");
        var refused = await client.SubmitAndFollowAsync(page, "form[action*='handler=Upload']", new() { ["DocumentTitle"] = "Virus" },
            new() { ["Upload"] = ("virus.exe", "MZ\u0090"u8.ToArray(), "application/octet-stream") });
        Assert.Contains(refused.Errors(), e => e.Contains("virus.exe", StringComparison.Ordinal));

        var added = await client.SubmitAndFollowAsync(page, "form[action*='handler=Upload']", new() { ["DocumentTitle"] = "Guide des bonnes pratiques" },
            new() { ["Upload"] = ("bonnes-pratiques.txt", "Verrouiller sa session."u8.ToArray(), "text/plain") });
        var link = added.FindAll("a").First(a => a.TextContent == "Guide des bonnes pratiques").GetAttribute("href")!;
        var download = await client.GetAsync(link);
        Assert.Equal("Verrouiller sa session.", await download.Content.ReadAsStringAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);

        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_org_chart_of_the_adapted_copy_still_points_to_VosReves()
    {
        var client = await app.SignInAsync(Accounts.Coordinator);
        var page = await client.GetPageAsync("/situations?origine=etablissement");
        Assert.Contains("Situation 1 — Une nouvelle offre pour les professionnels (adaptée au lycée)", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(version Marie-Curie)", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Situation 5 — Sécuriser les paiements en ligne", page.Text, StringComparison.Ordinal);
        var all = await client.GetPageAsync("/situations?bloc=B3");
        Assert.Contains("Situation 5 — Sécuriser les paiements en ligne", all.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Situation 2 — L'arrivée d'un nouveau commercial", all.Text, StringComparison.Ordinal);
        var establishment = await app.EstablishmentOfAsync(Accounts.Coordinator);
        Assert.Equal(DemoSeeder.CohortName, (await app.WithDbAsync(db => db.Cohorts.SingleAsync(c => c.EstablishmentId == establishment && !c.Archived))).Name);
    }
}
