using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Pages.Team;

/// <summary>The direction (chef d'établissement, DDFPT): reads its establishment's dashboards with no form, sends
/// nothing but a convention's signature, and never sees the other establishment.</summary>
public sealed class DirectionTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<(Guid Cohort, Guid Learner)> DemoAsync() => await app.WithDbAsync(async db => (
        await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync(),
        await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync()));

    [Fact]
    public async Task The_direction_reads_the_establishments_dashboards_with_no_form()
    {
        var (cohort, learner) = await DemoAsync();
        var direction = await app.SignInAsync(Accounts.Direction);
        foreach (var url in new[] { "/promotions", $"/promotions/{cohort}", $"/promotions/{cohort}/equipe", $"/suivi/promotions/{cohort}",
                     $"/suivi/apprenants/{learner}", "/plan", $"/plan/{cohort}", "/pfmp", "/certification" })
        {
            var page = await direction.GetPageAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
            Assert.True(!page.FindAll("main form[method=post]").Any(), $"{url} shows a form to the direction");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await direction.GetAsync($"/dossier/{learner}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await direction.GetAsync("/personnes")).StatusCode);
    }

    [Fact]
    public async Task Every_link_the_direction_is_shown_on_its_pages_opens()
    {
        var (cohort, learner) = await DemoAsync();
        var direction = await app.SignInAsync(Accounts.Direction);
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in new[] { "/", "/promotions", $"/promotions/{cohort}", $"/promotions/{cohort}/equipe", $"/suivi/promotions/{cohort}",
                     $"/suivi/apprenants/{learner}", "/plan", $"/plan/{cohort}", "/pfmp", "/certification", $"/promotions/{cohort}/cahier-de-textes",
                     $"/promotions/{cohort}/realise", $"/promotions/{cohort}/assiduite" })
        {
            var page = await direction.GetPageAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
            foreach (var href in page.FindAll("main a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                links.Add(href.Split('#')[0]);
            }
        }

        Assert.NotEmpty(links);
        var refused = new List<string>();
        foreach (var href in links)
        {
            var status = (await direction.GetAsync(href)).StatusCode;
            if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                refused.Add($"{href}: {(int)status}");
            }
        }

        Assert.True(refused.Count == 0, "links the direction cannot open:\n" + string.Join("\n", refused));
    }

    [Fact]
    public async Task A_post_of_the_direction_is_refused_and_changes_nothing()
    {
        var (cohort, _) = await DemoAsync();
        var form = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync($"/promotions/{cohort}/equipe");
        var direction = await app.SignInAsync(Accounts.Direction);
        var token = (await direction.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (_, fields, _) = Html.FormFields(form, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C3.3", ["__RequestVerificationToken"] = token });
        var before = await app.WithDbAsync(db => db.TeachingShares.CountAsync(s => s.CohortId == cohort));

        var answer = await direction.PostAsync($"/promotions/{cohort}/equipe", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.TeachingShares.CountAsync(s => s.CohortId == cohort)));
    }

    [Fact]
    public async Task The_direction_signs_a_convention_for_the_establishment_as_head_of_school()
    {
        var nathan = await app.PeriodAsync(3);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var direction = await app.SignInAsync(Accounts.Direction);
        var before = int.Parse((await direction.GetPageAsync("/")).Find("#todo-conventions .badge")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Null((await direction.GetPageAsync($"/pfmp/periodes/{nathan}/convention")).Find("form#direction-sign"));
        await referent.SubmitAsync(await referent.GetPageAsync($"/pfmp/periodes/{nathan}/convention"), "form[action*='handler=Send']");
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (await direction.GetPageAsync("/")).Find("#todo-conventions .badge")!.TextContent);

        var page = await direction.GetPageAsync($"/pfmp/periodes/{nathan}/convention");
        Assert.Single(page.FindAll("main form[method=post]"));
        var signed = await direction.SubmitAndFollowAsync(page, "form#direction-sign");

        Assert.Contains("Signature de l'établissement enregistrée.", signed.Text, StringComparison.Ordinal);
        Assert.Contains("signée par Bernard Lacroix (chef d'établissement)", signed.Text, StringComparison.Ordinal);
        Assert.Equal(ConventionStatus.Sent, await app.ConventionStatusAsync(nathan));
        Assert.Null(signed.Find("form#direction-sign"));
    }

    [Fact]
    public async Task The_direction_never_reaches_the_other_establishment()
    {
        var (cohort, learner) = await DemoAsync();
        var other = await app.SignInAsync(Accounts.Other.Direction);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/promotions/{cohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/promotions/{cohort}/equipe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/suivi/promotions/{cohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/suivi/apprenants/{learner}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/pfmp/periodes/{await app.PeriodAsync(3)}/convention")).StatusCode);
    }
}
