using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>The tutor reaches the learners placed with them, and only while their account or link allows it.</summary>
public sealed class TutorSpaceTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_tutor_sees_only_the_learners_placed_with_them()
    {
        var tutor = await app.SignInAsync(Accounts.Tutor);

        var home = await tutor.GetPageAsync("/tuteur");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Léa Moreau", home.Text, StringComparison.Ordinal);
        Assert.Contains("Hugo Lefèvre", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Inès Dubois", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Manon Mercier", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tutor_cannot_open_a_learner_placed_with_someone_else_nor_a_period_still_in_draft()
    {
        var tutor = await app.SignInAsync(Accounts.Tutor);
        var ines = await app.PeriodAsync(2);
        var leaDraft = await app.PeriodAsync(0, skip: 1);
        Assert.Equal(ConventionStatus.Draft, await app.ConventionStatusAsync(leaDraft));

        foreach (var id in new[] { ines, leaDraft })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await tutor.GetAsync($"/tuteur/periodes/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await tutor.GetAsync($"/tuteur/periodes/{id}?handler=Print")).StatusCode);
        }

        var page = await tutor.GetPageAsync($"/tuteur/periodes/{await app.PeriodAsync(0)}");
        var response = await tutor.SubmitAsync(page, "form[action*='handler=Absence']", new() { ["Absence.From"] = "2027-01-05" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forged = await tutor.PostAsync($"/tuteur/periodes/{ines}?handler=Absence", page.Find("form[action*='handler=Absence']") is { } form
            ? new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Absence.From"] = "2027-01-05",
                ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            })
            : throw new InvalidOperationException());
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_tutor_link_opens_the_tutor_space_only()
    {
        var link = await app.CreateTutorLinkAsync(await app.PeriodAsync(3));
        var tutor = await app.OpenTutorLinkAsync(link);

        var home = await tutor.GetPageAsync("/tuteur");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Élodie Rivière", home.Text, StringComparison.Ordinal);

        // Nathan's period is still a draft: the tutor does not see it yet; the rest of the platform stays closed.
        Assert.DoesNotContain("Nathan Girard", home.Text, StringComparison.Ordinal);
        foreach (var route in new[] { "/", "/compte", "/pfmp", "/partenaires", "/referentiel" })
        {
            var response = await tutor.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/connexion", new Uri(new Uri("https://localhost"), response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Nothing_opens_once_the_tutor_link_has_expired()
    {
        var lea = await app.PeriodAsync(0);
        var link = await app.CreateTutorLinkAsync(lea);
        var tutor = await app.OpenTutorLinkAsync(link);
        Assert.Equal(HttpStatusCode.OK, (await tutor.GetAsync($"/tuteur/periodes/{lea}")).StatusCode);

        // The link reaches its expiry while the session is open.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db => db.TutorLinks.Where(l => l.CreatedAt == now).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now)));

        foreach (var route in new[] { "/tuteur", $"/tuteur/periodes/{lea}", $"/tuteur/periodes/{lea}?handler=Print" })
        {
            var response = await tutor.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/tuteur/acces?expire=1", response.Headers.Location!.OriginalString);
        }

        var notice = await tutor.GetPageAsync("/tuteur/acces?expire=1");
        Assert.Contains("Votre accès à l'espace tuteur a pris fin", notice.Text, StringComparison.Ordinal);
        var again = await app.Anonymous().GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Contains("Ce lien a expiré le", again.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ouvrir l'espace tuteur", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_or_unknown_link_is_refused()
    {
        var period = await app.PeriodAsync(1);
        var link = await app.CreateTutorLinkAsync(period);
        var tutor = await app.OpenTutorLinkAsync(link);

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{period}/acces-tuteur");
        foreach (var form in page.FindAll("form[action*='handler=Revoke']").ToList())
        {
            await referent.SubmitAsync(page, $"form[action='{form.GetAttribute("action")}']");
        }

        Assert.Equal("/tuteur/acces?expire=1", (await tutor.GetAsync("/tuteur")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, (await app.Anonymous().GetAsync(link)).StatusCode);
        var unknown = await app.Anonymous().GetPageAsync("/tuteur/acces?jeton=pas-un-vrai-jeton");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("Ce lien n'est pas valable", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_hash_of_a_tutor_link_is_stored()
    {
        var link = await app.CreateTutorLinkAsync(await app.PeriodAsync(1));
        var token = Uri.UnescapeDataString(link[(link.IndexOf("jeton=", StringComparison.Ordinal) + 6)..]);

        var stored = await app.WithDbAsync(db => db.TutorLinks.Select(l => l.TokenHash).ToListAsync());

        Assert.DoesNotContain(token, stored);
        Assert.Contains(TutorLink.Hash(token), stored);
    }

    [Fact]
    public async Task The_tutor_appraisal_becomes_pfmp_positioning_events_and_a_change_corrects_the_previous_one()
    {
        var lea = await app.PeriodAsync(0);
        var tutor = await app.SignInAsync(Accounts.Tutor);
        var page = await tutor.GetPageAsync($"/tuteur/periodes/{lea}");
        var form = "form[action*='handler=Appraisal']";
        Assert.NotNull(page.Find(form));

        var saved = await tutor.SubmitAndFollowAsync(page, form, new()
        {
            ["Appraisal.Levels[0].Level"] = "3",
            ["Appraisal.Levels[0].Comment"] = "Mises à jour du site soignées.",
            ["Appraisal.Levels[1].Level"] = "2",
            ["Appraisal.ActivitiesDone"] = "Mise à jour du site, publications.",
            ["Appraisal.Comment"] = "Très bonne intégration.",
        });
        Assert.Contains("Appréciation enregistrée", saved.Text, StringComparison.Ordinal);

        var events = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.ContextId == lea).OrderBy(a => a.RecordedAt).ToListAsync());
        Assert.Equal(2, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(AssessmentContext.Pfmp, e.Context);
            Assert.Equal(AssessorRole.Tutor, e.AssessorRole);
        });
        Assert.Contains(events, e => e.Level == 3 && e.Comment == "Mises à jour du site soignées.");

        // The same appraisal again adds nothing; a changed level is a new event correcting the earlier one.
        var again = await tutor.GetPageAsync($"/tuteur/periodes/{lea}");
        await tutor.SubmitAsync(again, form);
        Assert.Equal(2, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ContextId == lea)));
        await tutor.SubmitAsync(again, form, new() { ["Appraisal.Levels[1].Level"] = "3" });
        var correction = await app.WithDbAsync(db => db.Assessments.AsNoTracking().Where(a => a.ContextId == lea).OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).FirstAsync());
        Assert.Equal(3, correction.Level);
        Assert.NotNull(correction.CorrectsId);

        // The learner reads it on their own PFMP page.
        var learner = await app.SignInAsync(Accounts.Learner);
        var mine = await learner.GetPageAsync("/pfmp/mes-periodes");
        Assert.Contains("Très bonne intégration.", mine.Text, StringComparison.Ordinal);
        Assert.Contains("Acquis", mine.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_is_a_french_form_error()
    {
        var tutor = await app.SignInAsync(Accounts.Tutor);
        var page = await tutor.GetPageAsync($"/tuteur/periodes/{await app.PeriodAsync(1, skip: 1)}");

        var answer = await (await tutor.SubmitAsync(page, "form[action*='handler=Appraisal']", new() { ["Appraisal.Levels[0].Level"] = "9" })).ToPageAsync();

        Assert.Contains("Niveau inconnu : choisissez un niveau de l'échelle.", answer.Errors());
    }
}
