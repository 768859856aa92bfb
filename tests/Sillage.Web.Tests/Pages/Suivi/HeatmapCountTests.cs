using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>The heatmap's numbers equal a direct count from the database on generated data: several
/// assessors, corrections, back-dated observations.</summary>
public sealed class HeatmapCountTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Heatmap_cells_and_totals_equal_a_direct_count()
    {
        var (cohortId, competences) = await GenerateAsync();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/suivi/promotions/{cohortId}");
        var scale = await app.WithDbAsync(db => db.PositioningLevels.Where(l => db.Cohorts.Any(c => c.Id == cohortId && c.FrameworkId == l.FrameworkId)).ToListAsync());
        var acquiredRank = scale.Where(l => l.CountsAsAcquired).Min(l => l.Rank);

        // Direct count: for each learner and competence, the latest event nobody corrected (latest observation, then latest recording).
        var expected = await app.WithDbAsync(async db =>
        {
            var standing = await db.Assessments.Where(a => a.CohortId == cohortId && !db.Assessments.Any(c => c.CorrectsId == a.Id))
                .Select(a => new { a.LearnerId, a.ElementId, a.Level, a.ObservedOn, a.RecordedAt }).ToListAsync();
            return standing.GroupBy(a => (a.LearnerId, a.ElementId))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.RecordedAt).First().Level);
        });
        var learners = await app.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => new { u.Id, u.FirstName, u.LastName }).ToListAsync());

        var headers = page.FindAll("thead th[data-code]").Select(th => th.GetAttribute("data-code")!).ToList();
        var rows = page.FindAll("tbody tr").ToList();
        Assert.Equal(learners.Count, rows.Count);
        foreach (var row in rows)
        {
            var name = row.QuerySelector("th a")!.TextContent.Trim();
            var learner = learners.Single(l => $"{l.LastName.ToUpperInvariant()} {l.FirstName}" == name);
            var cells = row.QuerySelectorAll("td.heat").ToList();
            for (var i = 0; i < competences.Count; i++)
            {
                var code = headers[i];
                var expectedLevel = expected.TryGetValue((learner.Id, competences[code]), out var level) ? level : 0;
                var label = scale.Single(l => l.Rank == expectedLevel).Label;
                Assert.Contains($"{code} : {label}", cells[i].TextContent, StringComparison.Ordinal);
            }
        }

        var totals = page.FindAll("tfoot td").Select(td => td.TextContent.Trim()).ToList();
        for (var i = 0; i < competences.Count; i++)
        {
            var elementId = competences[headers[i]];
            var count = learners.Count(l => expected.TryGetValue((l.Id, elementId), out var level) && level >= acquiredRank);
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), totals[i]);
        }
    }

    private async Task<(Guid CohortId, Dictionary<string, Guid> Competences)> GenerateAsync() => await app.WithDbAsync(async db =>
    {
        var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var cohort = new Cohort { Name = "Promotion générée", SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = demo.FrameworkId };
        db.Cohorts.Add(cohort);
        var teacherId = await db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync();
        db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = teacherId, Role = CohortRole.Teacher });
        var assessors = new List<Guid> { teacherId };
        for (var a = 0; a < 3; a++)
        {
            var assessor = new Sillage.Web.Data.User { FirstName = "Évaluateur", LastName = $"N{a}", Email = $"eval{a}@example.org", UserName = $"eval{a}@example.org" };
            db.Users.Add(assessor);
            assessors.Add(assessor.Id);
        }

        var competences = await db.FrameworkElements.Where(e => e.FrameworkId == demo.FrameworkId && e.Kind == ElementKind.Competence)
            .ToDictionaryAsync(e => e.Code, e => e.Id);
        var random = new Random(42);
        for (var l = 0; l < 25; l++)
        {
            var learner = new Sillage.Web.Data.User { FirstName = $"Prénom{l:00}", LastName = $"Généré{l:00}", Email = $"gen{l}@example.org", UserName = $"gen{l}@example.org" };
            db.Users.Add(learner);
            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = learner.Id, Role = CohortRole.Learner });
            foreach (var element in competences.Values.Where(_ => random.Next(4) > 0))
            {
                Assessment? previous = null;
                for (var e = 0; e < random.Next(1, 7); e++)
                {
                    var assessment = new Assessment
                    {
                        LearnerId = learner.Id, CohortId = cohort.Id, ElementId = element, AssessorId = assessors[random.Next(assessors.Count)],
                        Level = random.Next(1, 5), ObservedOn = new DateOnly(2026, 9, 1).AddDays(random.Next(0, 70)),
                        RecordedAt = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 10000)),
                        Context = AssessmentContext.Situation,
                        CorrectsId = previous is not null && random.Next(5) == 0 ? previous.Id : null,
                    };
                    db.Assessments.Add(assessment);
                    previous = assessment;
                }
            }
        }

        await db.SaveChangesAsync();
        return (cohort.Id, competences);
    });
}
