using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>
/// The ENT identifier of a person who has no address the ENT vouches for: typed by an administrator on the person's
/// page, or matched from the INE a SIECLE import stored. An identifier belongs to one person of one establishment:
/// another establishment can neither take it nor reach anything of its own through it.
/// </summary>
public sealed class EntLinkTests(EntApp app) : IClassFixture<EntApp>
{
    private const string Identifier = "ENT-A-0009";
    private const string EditForm = "form[novalidate]";

    [EntFact]
    public async Task An_identifier_typed_on_the_person_s_page_signs_that_person_in()
    {
        using var before = new EntBrowser(app);
        Assert.Contains("Aucun compte Sillage actif ne correspond à cette identité (ENT-A-0009)", (await before.SignInAsync("identifier")).Text, StringComparison.Ordinal);

        var person = await PersonAsync(DemoSeeder.LearnerEmail(8));
        var admin = await app.SignInAsync(Accounts.Admin);
        var form = await admin.GetPageAsync($"/personnes/{person}");
        Assert.Contains("ent_uid", form.Find("#ent-identifier-help")!.TextContent, StringComparison.Ordinal);
        var saved = await admin.SubmitAsync(form, EditForm, new() { ["Input.EntIdentifier"] = " " + Identifier + " " });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Identifier, (await admin.GetPageAsync($"/personnes/{person}")).Find("#Input_EntIdentifier")!.GetAttribute("value"));

        using var browser = new EntBrowser(app);
        await browser.SignInAsync("identifier");
        await browser.AssertSignedInAsAsync(DemoSeeder.LearnerEmail(8));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "person.ent-identifier-changed" && e.SubjectId == person)));
    }

    [EntFact]
    public async Task Another_establishment_cannot_take_an_identifier_nor_reach_its_data_through_it()
    {
        var personA = await PersonAsync(DemoSeeder.LearnerEmail(4));
        var referentA = await app.SignInAsync(Accounts.Coordinator);
        var formA = await referentA.GetPageAsync($"/personnes/{personA}");
        Assert.Equal(HttpStatusCode.Redirect, (await referentA.SubmitAsync(formA, EditForm, new() { ["Input.EntIdentifier"] = "ENT-A-0005" })).StatusCode);

        var personB = await PersonAsync(DemoSeeder.LearnerEmail(2, DemoSeeder.SecondDomain));
        var referentB = await app.SignInAsync(Accounts.Other.Coordinator);
        var formB = await referentB.GetPageAsync($"/personnes/{personB}");
        var refused = await (await referentB.SubmitAsync(formB, EditForm, new() { ["Input.EntIdentifier"] = "ENT-A-0005" })).ToPageAsync();
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Cet identifiant ENT est déjà associé à un autre compte Sillage.", refused.Errors());
        Assert.Equal([personA], await app.WithDbAsync(db => db.UserLogins.Where(l => l.ProviderKey == "ENT-A-0005").Select(l => l.UserId).ToListAsync()));

        // Signed in through the ENT as A's learner: B's cohort and B's learner stay closed.
        using var browser = new EntBrowser(app);
        await browser.SignInAsync("verified");
        await browser.AssertSignedInAsAsync(DemoSeeder.LearnerEmail(4));
        var cohortB = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.SecondCohortName).Select(c => c.Id).SingleAsync());
        foreach (var url in new[] { $"/promotions/{cohortB}", $"/personnes/{personB}" })
        {
            var status = (await browser.App.GetAsync(url)).StatusCode;
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url}: {(int)status}");
        }
    }

    [EntFact]
    public async Task An_INE_sent_by_the_ENT_links_the_one_pupil_who_has_it_and_nobody_when_two_establishments_have_it()
    {
        var ine = app.With(("IdentifierClaim", "ine"), ("IdentifierMatches", "Ine"));
        var pupil = await PersonAsync(DemoSeeder.LearnerEmail(9));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == pupil).ExecuteUpdateAsync(s => s.SetProperty(u => u.Ine, "070803491AB")));
        using var browser = new EntBrowser(ine);
        await browser.SignInAsync("identifier");
        await browser.AssertSignedInAsAsync(DemoSeeder.LearnerEmail(9));
        Assert.Contains("070803491AB", await app.WithDbAsync(db => db.UserLogins.Where(l => l.UserId == pupil).Select(l => l.ProviderKey).ToListAsync()));

        // "other" (B's learner by e-mail) sends an INE that a pupil of A and one of B both carry: no match by INE, and
        // the address the ENT vouches for is B's learner, never A's pupil.
        var pupilA = await PersonAsync(DemoSeeder.LearnerEmail(11));
        var learnerB = await PersonAsync(DemoSeeder.LearnerEmail(4, DemoSeeder.SecondDomain));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == pupilA || u.Id == learnerB).ExecuteUpdateAsync(s => s.SetProperty(u => u.Ine, "070803492BC")));
        using var other = new EntBrowser(ine);
        await other.SignInAsync("other");
        await other.AssertSignedInAsAsync(DemoSeeder.LearnerEmail(4, DemoSeeder.SecondDomain));
        Assert.Empty(await app.WithDbAsync(db => db.UserLogins.Where(l => l.UserId == pupilA).ToListAsync()));
    }

    private Task<Guid> PersonAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
