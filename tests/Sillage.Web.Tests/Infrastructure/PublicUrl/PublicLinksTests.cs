using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Certification;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Exports;
using Sillage.Web.Tests.Pages.Pfmp;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>
/// Issue #13, item 1: every absolute address the app writes — e-mails, links shown to be copied, Open Badges, the
/// calendar, the printed dossier — comes from <c>App:PublicUrl</c>, whatever Host header the request carried.
/// </summary>
public sealed class PublicLinksTests(ForeignHostApp app) : IClassFixture<ForeignHostApp>
{
    private const string Root = ForeignHostApp.PublicUrl + "/";

    [Fact]
    public async Task The_requests_of_these_tests_do_reach_the_app_with_the_foreign_host()
    {
        // The plain-HTTP refusal page echoes the request's host: the header is what the pages below see.
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });
        var page = await (await http.GetAsync("/connexion")).Content.ReadAsStringAsync();
        Assert.Contains(ForeignHostApp.ForeignHost, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_reset_asked_with_a_foreign_host_links_to_the_public_address()
    {
        var anonymous = app.Anonymous();
        var page = await anonymous.GetPageAsync("/mot-de-passe-oublie");
        await anonymous.SubmitAsync(page, "form", new() { ["Email"] = Accounts.Teacher });

        var email = await EmailAsync(Accounts.Teacher, "Réinitialisation de votre mot de passe");
        AssertPublicLink(email, Root + "invitation?u=");
    }

    [Fact]
    public async Task An_invitation_sent_by_the_referent_links_to_the_public_address()
    {
        var email = DemoSeeder.LearnerEmail(11);
        var id = await app.UserIdAsync(email);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var after = await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/personnes/{id}"), "form[action*='handler=Invite']");

        AssertPublicLink(await EmailAsync(email, "Votre compte Sillage"), Root + "invitation?u=");
        AssertPublicLink(after.Text, Root + "invitation?u=");
    }

    [Fact]
    public async Task A_tutor_link_links_to_the_public_address_and_opens()
    {
        var period = await app.PeriodAsync(1);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var after = await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/pfmp/periodes/{period}/acces-tuteur"), "form[action*='handler=Link']");
        var link = after.Find("#tutor-link")!.TextContent.Trim();

        Assert.StartsWith(Root + "tuteur/acces?jeton=", link, StringComparison.Ordinal);
        AssertPublicLink(await EmailAsync(Accounts.Tutor, "Votre accès à l'espace tuteur Sillage"), link);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_jury_link_links_to_the_public_address()
    {
        var session = await app.WithDbAsync(db => db.ExamSessions.AsNoTracking().SingleAsync(s => s.Title == CertificationDemo.SessionTitle));
        var jury = await app.UserIdAsync(Accounts.Jury);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/certification/sessions/{session.Id}/jury");
        var after = await referent.SubmitAndFollowAsync(page, $"form[action*='jurorId={jury}']");
        var link = after.Find("#jury-link")!.TextContent.Trim();

        Assert.StartsWith(Root + "jury/acces?jeton=", link, StringComparison.Ordinal);
        AssertPublicLink(await EmailAsync(Accounts.Jury, $"Jury « {CertificationDemo.SessionTitle} »"), link);
    }

    [Fact]
    public async Task A_share_link_shows_the_public_address()
    {
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(8));
        var trace = await learner.CreateAsync("Trace partagée", "Texte partagé.");
        var page = await learner.GetPageAsync("/dossier/partages");
        var result = await learner.SubmitAndFollowAsync(page, "#share-form", new() { ["Label"] = "Tuteur", ["Days"] = "30", ["TraceIds"] = trace.ToString() });

        var link = result.Find("#new-link")!.GetAttribute("value")!;
        Assert.StartsWith(Root + "partage/", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_notification_email_links_to_the_public_address()
    {
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(7));
        var id = await learner.CreateAsync("Support de sensibilisation", "Le support explique les courriels piégés.");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        await teacher.SubmitAsync(await teacher.GetPageAsync($"/dossier/traces/{id}"), "#comment-form", new()
        {
            ["quote"] = "courriels piégés", ["body"] = "Donne un exemple.", ["verdict"] = nameof(Sillage.Domain.Portfolio.FeedbackVerdict.ToRework),
        });

        AssertPublicLink(await EmailAsync(DemoSeeder.LearnerEmail(7), "Sillage — "), $"{Root}dossier/traces/{id}#retours");
    }

    [Fact]
    public async Task Convention_emails_link_to_the_public_address()
    {
        var period = await app.PeriodAsync(3);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/pfmp/periodes/{period}/convention"), "form[action*='handler=Send']");

        AssertPublicLink(await EmailAsync(PfmpLookups.LearnerEmail(3), "Convention de PFMP à signer"), Root + "pfmp/mes-periodes");
        AssertPublicLink(await EmailAsync("elodie.riviere@ville-fictive.example", "Convention de PFMP à signer"), Root + "tuteur");
    }

    [Fact]
    public async Task Open_badges_name_the_public_address()
    {
        var learnerId = await app.UserIdAsync(Accounts.Learner);
        var (blockId, _, _) = await BadgeExportTests.PositionWholeBlockAsync(app, learnerId, blockIndex: 0);
        await BadgeExportTests.JuryProposesAsync(app, learnerId, blockId, app.Clock.GetUtcNow().UtcDateTime.AddDays(-2), JuryDecision.Favorable);

        var zip = await app.ExportAsync(await app.SignInAsync(Accounts.Learner), "Badges");
        using var archive = new ZipArchive(new MemoryStream(zip));
        var texts = new List<string>();
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith(".jwt", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            texts.Add(await reader.ReadToEndAsync());
        }

        var all = string.Join("\n", texts);
        Assert.Contains($"\"{Root}\"", all, StringComparison.Ordinal);
        Assert.Contains(Root + "dossier/traces/", all, StringComparison.Ordinal);
        AssertPublicLink(all, Root + ".well-known/jwks.json");
    }

    [Fact]
    public async Task The_calendar_links_to_the_plan_at_the_public_address()
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var ics = await teacher.GetStringAsync($"/plan/{cohort}/calendrier.ics");

        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.All(calendar.Events, e => Assert.Equal(new Uri($"{Root}plan/{cohort}"), e.Url));
        AssertPublicLink(ics.Replace("\r\n ", "", StringComparison.Ordinal), $"URL:{Root}plan/{cohort}");
    }

    [Fact]
    public async Task The_printed_dossier_names_the_verification_page_at_the_public_address()
    {
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.AsNoTracking().FirstAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var html = await scope.ServiceProvider.GetRequiredService<RazorRenderer>().RenderAsync(SnapshotPdf.ViewPath,
            new SnapshotPrint(SnapshotJson.Deserialize(snapshot.Json), snapshot.Fingerprint, null), scope.ServiceProvider);

        AssertPublicLink(html, Root + "verifier");
    }

    private static void AssertPublicLink(string text, string expected)
    {
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ForeignHostApp.ForeignHost, text, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", text, StringComparison.Ordinal);
    }

    /// <summary>The body of the e-mail of this subject (the only one: each test sends its own kind).</summary>
    private Task<string> EmailAsync(string to, string subject) =>
        app.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == to && e.Subject.StartsWith(subject)).Select(e => e.Body).SingleAsync());
}
