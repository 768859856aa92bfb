using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>CCF sittings made directly in the database (the organising pages are another helper's): a situation
/// of the demo cohort with its evaluators and one candidate.</summary>
public static class CcfGradingData
{
    public static readonly string SecondTeacher = $"prof.gestion@{DemoSeeder.Domain}";
    public static readonly string ThirdTeacher = $"prof.anglais@{DemoSeeder.Domain}";

    /// <summary>A sitting of <paramref name="situation"/> (E1-A, E2-A…) for the learner, evaluated by the demo's
    /// two first teachers; returns the candidate's id.</summary>
    public static Task<Guid> SittingAsync(SillageApp app, string learnerEmail, string situation = "E1-A",
        CcfAttendance attendance = CcfAttendance.Present, string? cohortName = null, params string[] evaluators) =>
        app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == (cohortName ?? DemoSeeder.CohortName));
            var learner = await db.Users.SingleAsync(u => u.Email == learnerEmail);
            var emails = evaluators.Length > 0 ? evaluators : [Accounts.Teacher, SecondTeacher];
            var people = await db.Users.Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
            var coordinator = await db.Users.FirstAsync(u => u.EstablishmentId == cohort.EstablishmentId);
            var sitting = new CcfSitting
            {
                CohortId = cohort.Id, ExamCode = situation[..2], SituationCode = situation, StartsAt = new DateTime(2026, 11, 10, 8, 0, 0, DateTimeKind.Utc),
                DurationMinutes = 40, Room = "B12", CreatedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc), CreatedById = coordinator.Id,
            };
            sitting.Evaluators.AddRange(people.Select(p => new CcfEvaluator { SittingId = sitting.Id, PersonId = p, Role = CcfEvaluatorRole.Teacher }));
            var candidate = new CcfCandidate { SittingId = sitting.Id, LearnerId = learner.Id, Attendance = attendance };
            sitting.Candidates.Add(candidate);
            db.CcfSittings.Add(sitting);
            await db.SaveChangesAsync();
            return candidate.Id;
        });

    /// <summary>The grid form filled: every line at the scale's highest level, the mark given.</summary>
    public static Dictionary<string, string?> Filled(Page page, string mark, bool allLines = true)
    {
        var values = new Dictionary<string, string?> { ["Input.Mark"] = mark, ["Input.Comment"] = "Présentation claire." };
        var selects = page.FindAll("#grid-form select").ToList();
        for (var i = 0; i < selects.Count; i++)
        {
            var level = selects[i].QuerySelectorAll("option").Last().GetAttribute("value");
            values[selects[i].GetAttribute("name")!] = allLines || i > 0 ? level : "";
        }

        return values;
    }

    /// <summary>Opens, fills and has both evaluators sign a grid; returns the frozen page.</summary>
    public static async Task FreezeAsync(SillageApp app, Guid candidateId, string mark)
    {
        var first = await app.SignInAsync(Accounts.Teacher);
        var page = await first.GetPageAsync($"/certification/ccf/grilles/{candidateId}");
        page = await first.SubmitAndFollowAsync(page, "#grid-form", Filled(page, mark));
        page = await first.SubmitAndFollowAsync(page, "#sign-form");
        var second = await app.SignInAsync(SecondTeacher);
        page = await second.GetPageAsync($"/certification/ccf/grilles/{candidateId}");
        page = await second.SubmitAndFollowAsync(page, "#sign-form");
        Assert.True(page.Find("#frozen") is not null, string.Join(" | ", page.Errors()));
    }

    /// <summary>A frozen grid for the candidate, written directly (the grid pages are tested on their own): one line
    /// assessed, the mark, both evaluators' signatures.</summary>
    public static Task FrozenGridAsync(SillageApp app, Guid candidateId, decimal mark) => app.WithDbAsync(async db =>
    {
        var candidate = await db.CcfCandidates.SingleAsync(c => c.Id == candidateId);
        var evaluators = await db.CcfEvaluators.Where(e => e.SittingId == candidate.SittingId).Select(e => e.PersonId).ToListAsync();
        var element = await db.FrameworkElements.Where(e => e.Kind == ElementKind.Competence).Select(e => e.Id).FirstAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var grid = CcfGrid.Create(candidateId, [element], evaluators[0], now);
        grid.Lines[0].Level = 1;
        grid.Mark = mark;
        grid.FrozenAt = now;
        grid.Signatures.AddRange(evaluators.Select(e => new CcfGridSignature { GridId = grid.Id, EvaluatorId = e, SignedAt = now }));
        db.CcfGrids.Add(grid);
        await db.SaveChangesAsync();
    });

    /// <summary>Every situation of the three épreuves sat and its grid frozen with <paramref name="mark"/>; returns
    /// the learner's id.</summary>
    public static async Task<Guid> GradedAsync(SillageApp app, string learnerEmail, decimal mark)
    {
        foreach (var situation in new[] { "E1-A", "E1-B", "E2-A", "E3-A", "E3-B" })
        {
            await FrozenGridAsync(app, await SittingAsync(app, learnerEmail, situation), mark);
        }

        return await app.WithDbAsync(db => db.Users.Where(u => u.Email == learnerEmail).Select(u => u.Id).SingleAsync());
    }

    /// <summary>The épreuves' marks set as the evaluators would (rule's mark confirmed).</summary>
    public static Task ExamMarksAsync(SillageApp app, Guid learnerId, decimal mark) => app.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var teacher = await db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync();
        foreach (var exam in new[] { "E1", "E2", "E3" })
        {
            db.CcfExamResults.Add(new CcfExamResult { CohortId = cohort.Id, LearnerId = learnerId, ExamCode = exam, Mark = mark, RuleMark = mark, SetAt = app.Clock.GetUtcNow().UtcDateTime, SetById = teacher });
        }

        await db.SaveChangesAsync();
    });

    /// <summary>A signed placement from January to May: the twelve weeks done.</summary>
    public static Task GivePlacementAsync(SillageApp app, Guid learnerId) => app.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var host = await db.HostOrganisations.Where(h => h.EstablishmentId == cohort.EstablishmentId).Select(h => h.Id).FirstAsync();
        var period = PfmpPeriod.New(cohort.Id, learnerId, host, app.Clock.GetUtcNow().UtcDateTime);
        (period.Start, period.End, period.WeeklyHours) = (new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 29), 35);
        period.Convention.Status = ConventionStatus.Signed;
        db.PfmpPeriods.Add(period);
        await db.SaveChangesAsync();
    });
}
