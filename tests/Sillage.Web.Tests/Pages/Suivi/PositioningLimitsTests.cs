using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Suivi;
using Sillage.Web.Data.Demo;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>
/// Each limit of a positionnement through each of the four paths that record one (single, bulk, entretien formatif,
/// tutor appraisal): a French message on the form and no row written — on PostgreSQL too, where an overlong text
/// would otherwise be a database error.
/// </summary>
public sealed class PositioningLimitsTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string FutureDate = "2026-11-17";

    private Task<Guid> IdOf(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<Guid> ElementId(string code) => app.WithDbAsync(db =>
        db.FrameworkElements.Where(e => e.Code == code && db.Frameworks.Any(f => f.Id == e.FrameworkId && f.Code == "mc-sno")).Select(e => e.Id).SingleAsync());

    private Task<int> AssessmentsOf(Guid learner) => app.WithDbAsync(db => db.Assessments.CountAsync(a => a.LearnerId == learner));

    private static void AssertRefused(HttpStatusCode status, IReadOnlyList<string> errors, string message)
    {
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> SingleCases => new()
    {
        { "Input.Comment", new string('a', 4001), "Le commentaire dépasse 4 000 caractères." },
        { "Input.Level", "9", "Niveau inconnu : choisissez un niveau de l'échelle." },
        { "Input.Level", "0", "Niveau inconnu : choisissez un niveau de l'échelle." },
        { "Input.ObservedOn", FutureDate, "La date d'observation doit être passée ou aujourd'hui." },
        { "Input.ObservedOn", "2021-11-15", "La date d'observation doit être passée ou aujourd'hui." },
    };

    [Theory]
    [MemberData(nameof(SingleCases))]
    public async Task Single_positioning_refuses_with_a_french_message_and_writes_nothing(string field, string value, string message)
    {
        var learner = await IdOf(DemoSeeder.LearnerEmail(5));
        var before = await AssessmentsOf(learner);
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/positionner?element={await ElementId("C1.1")}");

        var values = new Dictionary<string, string?> { ["Input.Level"] = "3", ["Input.ObservedOn"] = "2026-11-16", ["Input.Comment"] = "Bien", [field] = value };
        var response = await teacher.SubmitAsync(form, "main form", values);

        AssertRefused(response.StatusCode, (await response.ToPageAsync()).Errors(), message);
        Assert.Equal(before, await AssessmentsOf(learner));
    }

    [Fact]
    public async Task Single_positioning_refuses_evidence_from_another_learners_dossier()
    {
        var learner = await IdOf(DemoSeeder.LearnerEmail(5));
        var before = await AssessmentsOf(learner);
        var othersTrace = await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId != learner).Select(t => t.Id).FirstAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/positionner?element={await ElementId("C1.1")}");

        var response = await teacher.SubmitAsync(form, "main form", new() { ["Input.Level"] = "3", ["Input.ObservedOn"] = "2026-11-16", ["Input.TraceIds"] = othersTrace.ToString() });

        AssertRefused(response.StatusCode, (await response.ToPageAsync()).Errors(), "Choisissez les preuves parmi les traces du dossier de l'apprenant.");
        Assert.Equal(before, await AssessmentsOf(learner));
    }

    public static TheoryData<string, string, string> BulkCases => new()
    {
        { "Rows[1].Comment", new string('a', 4001), "Le commentaire dépasse 4 000 caractères." },
        { "Rows[1].Level", "9", "Niveau inconnu : choisissez un niveau de l'échelle." },
        { "ObservedOn", FutureDate, "La date d'observation doit être passée ou aujourd'hui." },
    };

    [Theory]
    [MemberData(nameof(BulkCases))]
    public async Task Bulk_positioning_refuses_with_a_french_message_and_writes_nothing(string field, string value, string message)
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var element = await ElementId("C3.3");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var grid = await teacher.GetPageAsync($"/suivi/promotions/{cohort}/positionner?element={element}");

        var response = await teacher.SubmitAsync(grid, "main form[method='post']", new() { ["Rows[0].Level"] = "3", ["Rows[1].Level"] = "2", [field] = value });

        AssertRefused(response.StatusCode, (await response.ToPageAsync()).Errors(), message);
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ElementId == element)));
    }

    public static TheoryData<string, string, string> InterviewCases => new()
    {
        { "Input.OtherParticipants", new string('a', 501), "Les autres participants font 500 caractères au plus." },
        { "Input.Positions[0].Comment", new string('a', 4001), "Positionnement 1 : Le commentaire dépasse 4 000 caractères." },
        { "Input.Positions[0].Level", "9", "Positionnement 1 : Niveau inconnu : choisissez un niveau de l'échelle." },
        { "Input.HeldOn", FutureDate, "La date de l'entretien doit être passée ou aujourd'hui." },
    };

    [Theory]
    [MemberData(nameof(InterviewCases))]
    public async Task An_interview_refuses_with_a_french_message_and_writes_nothing(string field, string value, string message)
    {
        var learner = await IdOf(DemoSeeder.LearnerEmail(6));
        var before = await AssessmentsOf(learner);
        var interviews = await app.WithDbAsync(db => db.Interviews.CountAsync(i => i.LearnerId == learner));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var form = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/entretiens/nouveau");

        var values = new Dictionary<string, string?>
        {
            ["Input.LearnerExplanation"] = "A expliqué la sauvegarde des postes.",
            ["Input.Positions[0].ElementId"] = (await ElementId("C2.3.2")).ToString(),
            ["Input.Positions[0].Level"] = "3",
            [field] = value,
        };
        var response = await teacher.SubmitAsync(form, "main form", values);

        AssertRefused(response.StatusCode, (await response.ToPageAsync()).Errors(), message);
        Assert.Equal(before, await AssessmentsOf(learner));
        Assert.Equal(interviews, await app.WithDbAsync(db => db.Interviews.CountAsync(i => i.LearnerId == learner)));
    }

    public static TheoryData<string, string, string> TutorCases => new()
    {
        { "Appraisal.Levels[0].Level", "9", "Niveau inconnu : choisissez un niveau de l'échelle." },
        { "Appraisal.Levels[0].Comment", new string('a', 1001), "Un commentaire est trop long (1 000 caractères par compétence, 4 000 pour les activités et l'appréciation générale)." },
        { "Appraisal.Comment", new string('a', 4001), "Un commentaire est trop long (1 000 caractères par compétence, 4 000 pour les activités et l'appréciation générale)." },
    };

    [Theory]
    [MemberData(nameof(TutorCases))]
    public async Task The_tutor_appraisal_refuses_with_a_french_message_and_writes_nothing(string field, string value, string message)
    {
        var period = await app.PeriodAsync(1, skip: 1);
        var before = await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ContextId == period));
        var tutor = await app.SignInAsync(Accounts.Tutor);
        var page = await tutor.GetPageAsync($"/tuteur/periodes/{period}");

        var response = await tutor.SubmitAsync(page, "form[action*='handler=Appraisal']", new() { ["Appraisal.Levels[0].Level"] = "3", ["Appraisal.Levels[1].Level"] = "2", [field] = value });

        AssertRefused(response.StatusCode, (await response.ToPageAsync()).Errors(), message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ContextId == period)));
        Assert.Null(await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.Id == period).Select(p => p.AppraisedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_valid_positioning_still_goes_through_each_path()
    {
        var learner = await IdOf(DemoSeeder.LearnerEmail(7));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var single = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/positionner?element={await ElementId("C1.1")}");
        await teacher.SubmitAndFollowAsync(single, "main form", new() { ["Input.Level"] = "3", ["Input.ObservedOn"] = "2026-11-16", ["Input.Comment"] = new string('a', 4000) });
        var interview = await teacher.GetPageAsync($"/suivi/apprenants/{learner}/entretiens/nouveau");
        await teacher.SubmitAndFollowAsync(interview, "main form", new()
        {
            ["Input.LearnerExplanation"] = "Explication.", ["Input.OtherParticipants"] = new string('a', 500),
            ["Input.Positions[0].ElementId"] = (await ElementId("C2.3.2")).ToString(), ["Input.Positions[0].Level"] = "2", ["Input.Positions[0].Comment"] = new string('b', 4000),
        });

        var events = await app.WithDbAsync(db => db.Assessments.Where(a => a.LearnerId == learner && a.RecordedAt == app.Clock.GetUtcNow().UtcDateTime).ToListAsync());
        Assert.Equal([AssessmentContext.Situation, AssessmentContext.Interview], events.Select(e => e.Context).Order());
        Assert.All(events, e => Assert.Equal(4000, e.Comment!.Length));
    }
}
