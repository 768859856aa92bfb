using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Pages.Certification;

/// <summary>The jury reads only its candidates, only during the window, and never learns a masked candidate's
/// name; learners read only their own dossiers, teachers only those of their cohorts.</summary>
public sealed class JuryAndAccessTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string FirstName = "Léa";
    private const string LastName = "Moreau";

    [Fact]
    public async Task A_masked_candidate_s_identity_never_reaches_the_jury()
    {
        var jury = await app.SignInAsync(Accounts.Jury);
        var candidate = await DemoCandidateAsync();
        var list = await jury.GetPageAsync("/jury");
        Assert.Contains(CertificationDemo.SessionTitle, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(LastName, list.Text, StringComparison.Ordinal);

        var page = await jury.GetPageAsync($"/jury/candidats/{candidate.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.Contains(candidate.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(LastName, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FirstName, html, StringComparison.OrdinalIgnoreCase);

        var pdf = await jury.GetAsync($"/jury/candidats/{candidate.Id}/telecharger/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var disposition = pdf.Content.Headers.ContentDisposition!.ToString();
        Assert.Contains(candidate.Number.ToLowerInvariant(), disposition, StringComparison.Ordinal);
        Assert.DoesNotContain("moreau", disposition, StringComparison.OrdinalIgnoreCase);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(candidate.Number, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LastName, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FirstName, text, StringComparison.OrdinalIgnoreCase);

        foreach (var link in page.FindAll("a[href*='/telecharger/fichier-']").Select(a => a.GetAttribute("href")!))
        {
            var file = await jury.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            var name = file.Content.Headers.ContentDisposition!.ToString();
            Assert.StartsWith(candidate.Number, file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName!, StringComparison.Ordinal);
            Assert.DoesNotContain("moreau", name, StringComparison.OrdinalIgnoreCase);
        }

        // The JSON holds the name: it is not offered to a masked jury.
        Assert.Equal(HttpStatusCode.NotFound, (await jury.GetAsync($"/jury/candidats/{candidate.Id}/telecharger/json")).StatusCode);

        // And the same PDF printed for the learner does name her, so the checks above can fail.
        var learner = await app.SignInAsync(Accounts.Learner);
        var snapshotId = await app.WithDbAsync(db => db.DossierSnapshots.Where(s => s.LearnerId == candidate.LearnerId).Select(s => s.Id).FirstAsync());
        Assert.Contains(LastName, PdfText(await learner.GetByteArrayAsync($"/certification/instantanes/{snapshotId}/telecharger/pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jury_records_its_grid_during_the_window()
    {
        var jury = await app.SignInAsync(Accounts.Jury);
        var candidate = await DemoCandidateAsync();
        var page = await jury.GetPageAsync($"/jury/candidats/{candidate.Id}");
        var saved = await jury.SubmitAndFollowAsync(page, "#grid-form", new()
        {
            ["Grid.Lines[0].Level"] = "3", ["Grid.Lines[0].Comment"] = "Site publié, démarche claire.",
            ["Grid.OverallComment"] = "Dossier solide.", ["Grid.Decision"] = nameof(JuryDecision.Favorable),
        });
        Assert.Contains("Grille enregistrée.", saved.Text, StringComparison.Ordinal);
        var evaluation = await app.WithDbAsync(db => db.JuryEvaluations.Include(e => e.Lines).SingleAsync(e => e.CandidateId == candidate.Id));
        Assert.Equal(JuryDecision.Favorable, evaluation.Decision);
        Assert.Equal(3, evaluation.Lines.Single(l => l.Comment == "Site publié, démarche claire.").Level);

        // A stale form (saved in another tab meanwhile) does not overwrite silently.
        var stale = await jury.SubmitAsync(page, "#grid-form", new() { ["Grid.OverallComment"] = "Autre avis" });
        Assert.Contains("rechargez la page", (await stale.ToPageAsync()).Text, StringComparison.Ordinal);
        Assert.Equal("Dossier solide.", await app.WithDbAsync(db => db.JuryEvaluations.Where(e => e.CandidateId == candidate.Id).Select(e => e.OverallComment).SingleAsync()));
    }

    [Fact]
    public async Task The_jury_cannot_read_outside_its_window()
    {
        var jury = await app.SignInAsync(Accounts.Jury);
        var (session, candidate) = await NewSessionAsync(assignJury: true, app.Clock.GetUtcNow().UtcDateTime.AddDays(-10), app.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        var after = await jury.GetAsync($"/jury/candidats/{candidate}");
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var text = (await after.ToPageAsync()).Text;
        Assert.Contains("Cette session d'examen n'est pas ouverte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Empreinte", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/jury/candidats/{candidate}/telecharger/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/jury/candidats/{candidate}/telecharger/fichier-1")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            var s = await db.ExamSessions.SingleAsync(x => x.Id == session);
            s.StartsAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
            s.EndsAt = app.Clock.GetUtcNow().UtcDateTime.AddDays(1);
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/jury/candidats/{candidate}")).StatusCode);
    }

    [Fact]
    public async Task The_jury_cannot_read_candidates_of_a_session_it_does_not_sit_in()
    {
        var jury = await app.SignInAsync(Accounts.Jury);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (_, candidate) = await NewSessionAsync(assignJury: false, now.AddDays(-1), now.AddDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await jury.GetAsync($"/jury/candidats/{candidate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jury.GetAsync($"/jury/candidats/{candidate}/telecharger/pdf")).StatusCode);
        Assert.DoesNotContain("Session d'une autre commission", (await jury.GetPageAsync("/jury")).Text, StringComparison.Ordinal);

        // Nor any dossier or snapshot through the school's pages.
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.Select(s => new { s.Id, s.DossierId }).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/certification/instantanes/{snapshot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jury.GetAsync($"/certification/dossiers/{snapshot.DossierId}")).StatusCode);
    }

    [Fact]
    public async Task Learners_see_only_their_own_dossiers_and_teachers_only_those_of_their_cohorts()
    {
        var snapshot = await app.WithDbAsync(db => db.DossierSnapshots.Select(s => new { s.Id, s.DossierId }).FirstAsync());
        var other = await app.SignInAsync(Accounts.OtherLearner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/certification/dossiers/{snapshot.DossierId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/certification/instantanes/{snapshot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/certification/instantanes/{snapshot.Id}/telecharger/json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/certification/dossiers/{snapshot.DossierId}/pieces")).StatusCode);

        var teacher = await app.SignInAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/certification/dossiers/{snapshot.DossierId}")).StatusCode);
        var foreign = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var otherCohort = new Cohort { Name = "Promotion voisine", SchoolYear = "2026-2027", EstablishmentId = cohort.EstablishmentId, FrameworkId = cohort.FrameworkId };
            db.Cohorts.Add(otherCohort);
            var learner = await db.Users.SingleAsync(u => u.Email == DemoSeeder.LearnerEmail(5));
            db.CohortMembers.Add(new CohortMember { CohortId = otherCohort.Id, PersonId = learner.Id, Role = CohortRole.Learner });
            var block = await db.FrameworkElements.FirstAsync(e => e.FrameworkId == cohort.FrameworkId && e.Kind == Sillage.Domain.Frameworks.ElementKind.Block);
            var dossier = new CertificationDossier { LearnerId = learner.Id, CohortId = otherCohort.Id, BlockId = block.Id };
            db.CertificationDossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/certification/dossiers/{foreign}")).StatusCode);
        Assert.DoesNotContain(foreign.ToString(), await teacher.GetStringAsync("/certification"), StringComparison.Ordinal);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/certification/dossiers/{foreign}")).StatusCode);
    }

    [Fact]
    public async Task Teachers_comment_and_the_learner_replies()
    {
        var dossier = await app.WithDbAsync(db => db.DossierSnapshots.Select(s => s.DossierId).FirstAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/certification/dossiers/{dossier}");
        var after = await teacher.SubmitAndFollowAsync(page, "#comment-form", new() { ["CommentBody"] = "Pense à la trace sur la veille." });
        Assert.Contains("Pense à la trace sur la veille.", after.Text, StringComparison.Ordinal);
        var empty = await (await teacher.SubmitAsync(page, "#comment-form", new() { ["CommentBody"] = "  " })).ToPageAsync();
        Assert.Contains("Écrivez un commentaire.", empty.Errors());
        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Contains("Pense à la trace sur la veille.", (await learner.GetPageAsync($"/certification/dossiers/{dossier}")).Text, StringComparison.Ordinal);
    }

    private Task<ExamCandidate> DemoCandidateAsync() =>
        app.WithDbAsync(db => db.ExamCandidates.AsNoTracking().Where(c => db.ExamSessions.Any(s => s.Id == c.SessionId && s.Title == CertificationDemo.SessionTitle)).SingleAsync());

    private Task<(Guid Session, Guid Candidate)> NewSessionAsync(bool assignJury, DateTime starts, DateTime ends) => app.WithDbAsync(async db =>
    {
        var demo = await db.ExamSessions.AsNoTracking().Include(s => s.Candidates).SingleAsync(s => s.Title == CertificationDemo.SessionTitle);
        var session = new ExamSession
        {
            CohortId = demo.CohortId, BlockId = demo.BlockId, Title = assignJury ? "Session close" : "Session d'une autre commission",
            StartsAt = starts, EndsAt = ends, AnonymizeCandidates = false,
        };
        if (assignJury)
        {
            session.Jurors.Add(new ExamJuror { SessionId = session.Id, PersonId = await db.Users.Where(u => u.Email == Accounts.Jury).Select(u => u.Id).SingleAsync() });
        }

        var candidate = new ExamCandidate { SessionId = session.Id, LearnerId = demo.Candidates[0].LearnerId, Number = "X-001" };
        session.Candidates.Add(candidate);
        db.ExamSessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, candidate.Id);
    });

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
