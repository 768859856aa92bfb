using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>The convention's steps through the pages of the référent, the learner and the tutor.</summary>
public sealed class ConventionTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_draft_is_sent_then_signed_by_the_three_parties_and_who_signed_what_is_shown()
    {
        var nathan = await app.PeriodAsync(3);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{nathan}/convention");
        Assert.Null(page.Find("form[action*='handler=Sign']"));

        page = await referent.SubmitAndFollowAsync(page, "form[action*='handler=Send']");
        Assert.Equal(ConventionStatus.Sent, await app.ConventionStatusAsync(nathan));
        Assert.True(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == "elodie.riviere@ville-fictive.example" && e.Subject == "Convention de PFMP à signer")));
        page = await referent.SubmitAndFollowAsync(page, "form[action*='handler=Sign']");

        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(3));
        var mine = await learner.GetPageAsync("/pfmp/mes-periodes");
        var notRead = await (await learner.SubmitAsync(mine, $"form[action*='handler=Sign'][action*='{nathan}']")).ToPageAsync();
        Assert.Contains("Cochez « J'ai lu la convention » pour la signer.", notRead.Errors());
        await learner.SubmitAsync(mine, $"form[action*='handler=Sign'][action*='{nathan}']", new() { ["read"] = "true" });
        Assert.Equal(ConventionStatus.Sent, await app.ConventionStatusAsync(nathan));

        var tutor = await app.OpenTutorLinkAsync(await app.CreateTutorLinkAsync(nathan));
        var tutorPage = await tutor.GetPageAsync($"/tuteur/periodes/{nathan}");
        await tutor.SubmitAsync(tutorPage, "form[action*='handler=Sign']", new() { ["empowered"] = "true" });

        Assert.Equal(ConventionStatus.Signed, await app.ConventionStatusAsync(nathan));
        var signed = await referent.GetPageAsync($"/pfmp/periodes/{nathan}/convention");
        Assert.Contains("signée par Claire Fontaine (référent de la MC)", signed.Text, StringComparison.Ordinal);
        Assert.Contains("signée par Nathan Girard (apprenant(e))", signed.Text, StringComparison.Ordinal);
        Assert.Contains("signée par Élodie Rivière (tuteur)", signed.Text, StringComparison.Ordinal);
        Assert.Null(signed.Find("form[action*='handler=Send']"));
    }

    [Fact]
    public async Task A_step_the_state_does_not_allow_is_refused_and_changes_nothing()
    {
        var leaDraft = await app.PeriodAsync(0, skip: 1);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{leaDraft}/convention");
        var version = page.Find("input[name=version]")!.GetAttribute("value")!;
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var handler in new[] { "Sign", "Withdraw", "Reopen", "Refuse" })
        {
            var response = await referent.PostAsync($"/pfmp/periodes/{leaDraft}/convention?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = version, ["comment"] = "essai", ["__RequestVerificationToken"] = token }));
            var answer = await response.ToPageAsync();
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.NotEmpty(answer.Errors());
        }

        Assert.Equal(ConventionStatus.Draft, await app.ConventionStatusAsync(leaDraft));
        Assert.Equal(0, await app.WithDbAsync(db => db.ConventionEvents.CountAsync(e => db.PfmpConventions.Any(c => c.Id == e.ConventionId && c.PeriodId == leaDraft))));
    }

    [Fact]
    public async Task A_stale_page_cannot_act_on_a_convention_that_changed_meanwhile()
    {
        var manon = await app.PeriodAsync(6);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var stale = await referent.GetPageAsync($"/pfmp/periodes/{manon}/convention");
        await referent.SubmitAsync(stale, "form[action*='handler=Send']");

        var answer = await (await referent.SubmitAsync(stale, "form[action*='handler=Send']")).ToPageAsync();

        Assert.Contains(answer.Errors(), e => e.StartsWith("La convention a changé pendant que vous la consultiez", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync(db => db.ConventionEvents.CountAsync(e => db.PfmpConventions.Any(c => c.Id == e.ConventionId && c.PeriodId == manon))));
    }

    [Fact]
    public async Task The_tutor_refusal_needs_a_comment_and_keeps_it_after_the_referent_reopens_the_convention()
    {
        var ines = await app.PeriodAsync(2);
        var tutor = await app.OpenTutorLinkAsync(await app.CreateTutorLinkAsync(ines));
        var page = await tutor.GetPageAsync($"/tuteur/periodes/{ines}");

        var empty = await (await tutor.SubmitAsync(page, "form[action*='handler=Refuse']", new() { ["comment"] = "  " })).ToPageAsync();
        Assert.Contains("Expliquez le refus : le commentaire est obligatoire.", empty.Errors());
        Assert.Equal(ConventionStatus.Sent, await app.ConventionStatusAsync(ines));

        await tutor.SubmitAsync(page, "form[action*='handler=Refuse']", new() { ["comment"] = "Nos locaux sont fermés la première semaine de janvier." });
        Assert.Equal(ConventionStatus.Refused, await app.ConventionStatusAsync(ines));

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var convention = await referent.GetPageAsync($"/pfmp/periodes/{ines}/convention");
        Assert.Contains("Nos locaux sont fermés la première semaine de janvier.", convention.Text, StringComparison.Ordinal);
        var reopened = await referent.SubmitAndFollowAsync(convention, "form[action*='handler=Reopen']");
        Assert.Equal(HttpStatusCode.OK, reopened.Status);
        Assert.Empty(reopened.Errors());
        Assert.Equal(ConventionStatus.Draft, await app.ConventionStatusAsync(ines));
        Assert.Contains("Nos locaux sont fermés la première semaine de janvier.", reopened.Text, StringComparison.Ordinal);
        var refusal = await app.WithDbAsync(db => db.ConventionEvents.SingleAsync(e => e.Kind == ConventionEventKind.Refused
            && db.PfmpConventions.Any(c => c.Id == e.ConventionId && c.PeriodId == ines)));
        Assert.Equal("Karim Benali", refusal.ActorName);
        Assert.Equal(ConventionParty.HostOrganisation, refusal.Party);
    }

    [Fact]
    public async Task A_paper_convention_needs_its_scan_which_lands_in_the_dossier()
    {
        var chloe = await app.PeriodAsync(4);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{chloe}/convention");
        page = await referent.SubmitAndFollowAsync(page, "form[action*='handler=Reopen']");

        var renamed = await (await referent.SubmitAsync(page, "form[action*='handler=Scan']",
            files: new() { ["scan"] = ("convention.pdf", "MZ not a pdf"u8.ToArray(), "application/pdf") })).ToPageAsync();
        Assert.NotEmpty(renamed.Errors());
        Assert.Equal(ConventionStatus.Draft, await app.ConventionStatusAsync(chloe));

        var pdf = "%PDF-1.4\n% scan\n"u8.ToArray();
        await referent.SubmitAsync(page, "form[action*='handler=Scan']", files: new() { ["scan"] = ("convention signée.pdf", pdf, "application/pdf") });

        Assert.Equal(ConventionStatus.SignedOutsidePlatform, await app.ConventionStatusAsync(chloe));
        var detail = await referent.GetPageAsync($"/pfmp/periodes/{chloe}");
        var link = detail.Find("a[href*='handler=Document']")!;
        Assert.Contains("Convention signée (scan)", link.TextContent, StringComparison.Ordinal);
        var download = await referent.GetAsync(link.GetAttribute("href"));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_printable_convention_is_made_from_the_data_and_says_it_is_not_the_national_model()
    {
        var lea = await app.PeriodAsync(0);
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var print = await referent.GetPageAsync($"/pfmp/periodes/{lea}/convention?handler=Print");

        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Contains("Convention de période de formation en milieu professionnel", print.Text, StringComparison.Ordinal);
        Assert.Contains("Léa Moreau", print.Text, StringComparison.Ordinal);
        Assert.Contains("Cabinet Lemoine Conseil, SIRET 999 000 001 00019", print.Text, StringComparison.Ordinal);
        Assert.Contains("du 02/11/2026 au 27/11/2026", print.Text, StringComparison.Ordinal);
        Assert.Contains("il ne reproduit pas le modèle national", print.Text, StringComparison.Ordinal);
        Assert.Contains("Julien Morel (tuteur)", print.Text, StringComparison.Ordinal);
        Assert.Null(print.Find("style"));
    }
}
