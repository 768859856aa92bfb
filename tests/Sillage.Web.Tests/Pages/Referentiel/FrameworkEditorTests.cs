using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>The référentiel editor: drafts of an establishment, edits addressed by path with a revision, the
/// validator while typing, publication of a valid draft only, as a new version only that establishment sees.</summary>
public sealed class FrameworkEditorTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<Page> StartDraftAsync(HttpClient client)
    {
        var source = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno" && f.EstablishmentId == null).Select(f => f.Id).FirstAsync());
        var form = await client.GetPageAsync($"/referentiel/brouillons/nouveau?depuis={source}");
        var page = await client.SubmitAndFollowAsync(form, "main form");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static Guid DraftId(Page page) => Guid.Parse(page.Url.AbsolutePath.Split('/')[^1]);

    private static async Task<Page> OpenNodeAsync(HttpClient client, Page page, string code)
    {
        var link = page.FindAll("nav.col-lg-4 a").First(a => a.QuerySelector(".code")?.TextContent == code);
        return await client.GetPageAsync(link.GetAttribute("href")!);
    }

    [Fact]
    public async Task A_referent_adds_criteria_to_C2_3_and_publishes_a_version_only_their_establishment_sees()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(referent);
        var c23 = await OpenNodeAsync(referent, draft, "C2.3");
        Assert.Contains("C2.3", c23.Find("#node-title")!.TextContent, StringComparison.Ordinal);

        var added = await referent.SubmitAndFollowAsync(c23, "form:has(input[name=list][value=criteria])", new() { ["f[title]"] = "Les sauvegardes sont vérifiées par une restauration" });
        added = await referent.SubmitAndFollowAsync(added, "form:has(input[name=list][value=criteria])", new() { ["f[title]"] = "Les droits d'accès sont documentés" });
        Assert.Contains("Les droits d'accès sont documentés", added.Text, StringComparison.Ordinal);

        var published = await referent.SubmitAndFollowAsync(added, "form[action*=Publish]");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Contains("publiée", published.Text, StringComparison.Ordinal);

        var establishment = await app.EstablishmentOfAsync(Accounts.Coordinator);
        var (id, criteria, originalCriteria) = await app.WithDbAsync(async db =>
        {
            var version = await db.Frameworks.SingleAsync(f => f.Code == "mc-sno" && f.Version == "2020.1");
            var original = await db.Frameworks.SingleAsync(f => f.Code == "mc-sno" && f.Version == "2020");
            Assert.Equal(establishment, version.EstablishmentId);
            Assert.False(await db.FrameworkDrafts.AnyAsync(d => d.Id == DraftId(draft)));
            return (version.Id, await Criteria(db, version.Id), await Criteria(db, original.Id));
        });
        Assert.Equal(originalCriteria.Count + 2, criteria.Count);
        Assert.Contains("Les sauvegardes sont vérifiées par une restauration", criteria);

        var other = await app.SignInAsync(Accounts.Other.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/referentiel/{id}")).StatusCode);
        Assert.DoesNotContain("2020.1", (await other.GetPageAsync("/referentiel")).Text, StringComparison.Ordinal);
        var otherCohortForm = await other.GetPageAsync("/promotions/nouvelle");
        Assert.DoesNotContain(otherCohortForm.FindAll("option"), o => o.GetAttribute("value") == id.ToString());
        Assert.Contains("2020.1", (await referent.GetPageAsync("/referentiel")).Text, StringComparison.Ordinal);
    }

    private static Task<List<string>> Criteria(Sillage.Web.Data.SillageDb db, Guid frameworkId) =>
        db.FrameworkElements.Where(e => e.FrameworkId == frameworkId && e.Kind == ElementKind.Criterion
                && db.FrameworkElements.Any(p => p.Id == e.ParentId && p.Code == "C2.3"))
            .Select(e => e.Title).ToListAsync();

    [Fact]
    public async Task An_invalid_draft_is_not_published_and_the_problems_name_their_path()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(referent);
        var c11 = await OpenNodeAsync(referent, draft, "C1.1");
        var saved = await referent.SubmitAndFollowAsync(c11, "form[action*=Save]", new() { ["f[title]"] = "" });
        Assert.Contains("$.blocks[0].competences[0].title", saved.Find("#draft-problems")!.TextContent, StringComparison.Ordinal);
        Assert.True(saved.Find("form[action*=Publish] button")!.HasAttribute("disabled"));

        var before = await app.WithDbAsync(db => db.Frameworks.CountAsync());
        var refused = await referent.SubmitAsync(saved, "form[action*=Publish]");
        var page = await refused.ToPageAsync();
        Assert.Contains("rien n'a été publié", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task The_validator_answers_while_typing_and_saves_nothing()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(referent);
        var c11 = await OpenNodeAsync(referent, draft, "C1.1");
        var json = await app.WithDbAsync(db => db.FrameworkDrafts.Where(d => d.Id == DraftId(draft)).Select(d => d.Json).SingleAsync());

        var form = Html.FormFields(c11, "form[action*=Save]", new() { ["f[code]"] = "C1.2" }, null);
        var check = await referent.PostAsync(c11.Find("form[action*=Save]")!.GetAttribute("hx-post"), new FormUrlEncodedContent(form.Fields));
        var text = await check.Content.ReadAsStringAsync();
        Assert.True(text.Contains("en double", StringComparison.Ordinal), $"{check.StatusCode} {text}");
        Assert.Equal(json, await app.WithDbAsync(db => db.FrameworkDrafts.Where(d => d.Id == DraftId(draft)).Select(d => d.Json).SingleAsync()));
    }

    [Fact]
    public async Task Two_referents_editing_the_same_draft_never_overwrite_each_other()
    {
        var first = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(first);
        var second = await app.SignInAsync(Accounts.Coordinator);
        var mine = await OpenNodeAsync(first, draft, "C1.1");
        var theirs = await second.GetPageAsync(mine.Url.PathAndQuery);

        await first.SubmitAndFollowAsync(mine, "form[action*=Save]", new() { ["f[title]"] = "Titre du premier" });
        var response = await second.SubmitAsync(theirs, "form[action*=Save]", new() { ["f[title]"] = "Titre du second" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ToPageAsync();
        Assert.Contains("modifié entre-temps", page.Text, StringComparison.Ordinal);
        Assert.Equal("Titre du second", page.Find("#f-title")!.GetAttribute("value"));
        var stored = await app.WithDbAsync(db => db.FrameworkDrafts.Where(d => d.Id == DraftId(draft)).Select(d => d.Json).SingleAsync());
        Assert.Equal("Titre du premier", FrameworkEdits.Find(FrameworkEdits.Load(stored), "$.blocks[0].competences[0]")!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_version_that_exists_is_never_replaced_by_a_draft()
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(referent);
        var saved = await referent.SubmitAndFollowAsync(draft, "form[action*=Save]", new() { ["f[version]"] = "2020", ["f[title]"] = "Titre changé" });
        var response = await referent.SubmitAsync(saved, "form[action*=Publish]");
        Assert.Contains("existe déjà", (await response.ToPageAsync()).Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Frameworks.AnyAsync(f => f.Title == "Titre changé")));
    }

    [Theory]
    [InlineData(Accounts.Other.Coordinator)]
    [InlineData(Accounts.Teacher)]
    [InlineData(Accounts.Learner)]
    public async Task A_draft_is_out_of_reach_outside_its_establishments_referents(string account)
    {
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var draft = await StartDraftAsync(referent);
        var outsider = await app.SignInAsync(account);

        var get = await outsider.GetAsync(draft.Url.PathAndQuery);
        Assert.Contains(get.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        var post = await outsider.PostAsync(draft.Url.PathAndQuery + "?handler=Delete", new FormUrlEncodedContent([new("Revision", "0")]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.FrameworkDrafts.AnyAsync(d => d.Id == DraftId(draft))));
    }
}
