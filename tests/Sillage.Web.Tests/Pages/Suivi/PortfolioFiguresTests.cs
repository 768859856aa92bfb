using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>The dossier figures the heatmap reads (trace counts per element, last activity) are kept in the transaction
/// of each save: equal to a count from the rows for every learner of both establishments, and moved by the very request
/// that links or unlinks a competence (no cache to expire, the same on every instance).</summary>
public sealed class PortfolioFiguresTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(5);

    [Fact]
    public async Task The_kept_figures_equal_a_count_from_the_rows_for_every_learner()
    {
        var client = await app.SignInAsync(Learner);
        await client.CreateAsync("Trace comptée");
        var (expectedCounts, expectedActivity) = await app.WithDbAsync(CountFromRowsAsync);
        var kept = await app.WithDbAsync(db => db.LearnerTraceCounts.ToDictionaryAsync(c => (c.LearnerId, c.ElementId), c => c.Traces));
        var keptActivity = await app.WithDbAsync(db => db.LearnerPortfolioActivities.ToDictionaryAsync(a => a.LearnerId, a => a.LastAt));

        Assert.NotEmpty(expectedCounts);
        Assert.Equal(expectedCounts.OrderBy(x => x.Key.Item1).ThenBy(x => x.Key.Item2), kept.OrderBy(x => x.Key.LearnerId).ThenBy(x => x.Key.ElementId)
            .Select(x => KeyValuePair.Create((x.Key.LearnerId, x.Key.ElementId), x.Value)));
        Assert.Equal(expectedActivity.OrderBy(x => x.Key), keptActivity.OrderBy(x => x.Key));
        var establishments = await app.WithDbAsync(db => db.Users.Where(u => expectedCounts.Keys.Select(k => k.Item1).Contains(u.Id))
            .Select(u => u.EstablishmentId).Distinct().CountAsync());
        Assert.Equal(2, establishments);
    }

    [Fact]
    public async Task Linking_then_unlinking_a_competence_moves_the_figures_in_the_same_request()
    {
        var client = await app.SignInAsync(Learner);
        var id = await client.CreateAsync("Inventaire du parc");
        var (learnerId, element) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == Learner).Select(u => u.Id).SingleAsync(),
            await db.FrameworkElements.Where(e => e.Kind == ElementKind.DetailedCompetence && e.ParentId != null
                                                   && db.Cohorts.Any(c => c.Name == DemoSeeder.CohortName && c.FrameworkId == e.FrameworkId))
                .OrderBy(e => e.Code).Select(e => new { e.Id, Parent = e.ParentId!.Value }).FirstAsync()));
        Task<(int Element, int Parent)> CountsAsync() => app.WithDbAsync(async db => (
            await db.LearnerTraceCounts.Where(c => c.LearnerId == learnerId && c.ElementId == element.Id).Select(c => c.Traces).SingleOrDefaultAsync(),
            await db.LearnerTraceCounts.Where(c => c.LearnerId == learnerId && c.ElementId == element.Parent).Select(c => c.Traces).SingleOrDefaultAsync()));
        var before = await CountsAsync();

        var links = await client.GetPageAsync($"/dossier/traces/{id}/competences");
        await client.SubmitAndFollowAsync(links, "#add-link", new() { ["elementId"] = element.Id.ToString(), ["justification"] = "Inventaire fait avec le tuteur." });
        Assert.Equal((before.Element + 1, before.Parent + 1), await CountsAsync());
        var updated = await app.WithDbAsync(db => db.Traces.Where(t => t.Id == id).Select(t => t.UpdatedAt).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.LearnerPortfolioActivities.Where(a => a.LearnerId == learnerId).Select(a => a.LastAt).SingleAsync()) >= updated);

        var linked = await client.GetPageAsync($"/dossier/traces/{id}/competences");
        linked.FindAll("form").First(f => f.GetAttribute("action")?.Contains("handler=Remove", StringComparison.Ordinal) == true).Id = "remove-link";
        await client.SubmitAsync(linked, "#remove-link");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_kept_levels_equal_the_rule_for_every_learner_and_follow_a_correction_in_the_same_save()
    {
        await AssertLevelsFollowTheRuleAsync();

        // A teacher positions a learner, then corrects it to a lower level: the levels move with each save.
        var (cohort, learner, element, teacher) = await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            return (demo.Id,
                await db.Users.Where(u => u.Email == Learner).Select(u => u.Id).SingleAsync(),
                await db.FrameworkElements.Where(e => e.FrameworkId == demo.FrameworkId && e.Kind == ElementKind.Competence).OrderBy(e => e.Code).Select(e => e.Id).FirstAsync(),
                await db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync());
        });
        var first = new Assessment
        {
            CohortId = cohort, LearnerId = learner, ElementId = element, AssessorId = teacher, Level = 4, Context = AssessmentContext.Situation,
            ObservedOn = new DateOnly(2026, 11, 30), RecordedAt = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
        };
        await app.WithDbAsync(async db =>
        {
            db.Assessments.Add(first);
            await db.SaveChangesAsync();
        });
        Assert.Equal(4, await KeptLevelAsync());
        await app.WithDbAsync(async db =>
        {
            db.Assessments.Add(new Assessment
            {
                CohortId = cohort, LearnerId = learner, ElementId = element, AssessorId = teacher, Level = 1, Context = AssessmentContext.Situation,
                ObservedOn = new DateOnly(2026, 11, 2), RecordedAt = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), CorrectsId = first.Id,
            });
            await db.SaveChangesAsync();
        });
        Assert.Equal(1, await KeptLevelAsync());
        await AssertLevelsFollowTheRuleAsync();

        Task<int> KeptLevelAsync() => app.WithDbAsync(db => db.LearnerElementLevels
            .Where(l => l.CohortId == cohort && l.LearnerId == learner && l.ElementId == element).Select(l => l.Level).SingleAsync());
    }

    [Fact]
    public async Task The_heatmap_from_the_kept_levels_equals_the_heatmap_computed_from_every_event()
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());
        var teacher = await app.SignInAsync(Accounts.Teacher);
        foreach (var drill in new[] { "", "competence=C2.3&" })
        {
            // Without dates the page reads the kept levels; "état au" a date after every event makes it compute from the events.
            var kept = await teacher.GetPageAsync($"/suivi/promotions/{cohort}?{drill}");
            var computed = await teacher.GetPageAsync($"/suivi/promotions/{cohort}?{drill}au=2099-12-31");
            Assert.NotEmpty(kept.FindAll("tbody td.heat"));
            // Every cell links to the learner's competence page, which the teacher opens.
            var cellLinks = kept.FindAll("tbody td.heat a").Select(a => a.GetAttribute("href")).ToList();
            Assert.All(cellLinks, href => Assert.Matches("^/suivi/apprenants/[0-9a-f-]{36}/competences/[0-9a-f-]{36}$", href));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await teacher.GetAsync(cellLinks[^1])).StatusCode);
            Assert.Equal(Text(computed, "tbody"), Text(kept, "tbody"));
            Assert.Equal(Text(computed, "tfoot"), Text(kept, "tfoot"));
        }

        static string Text(Page page, string selector) => string.Concat(page.FindAll(selector).Select(e => e.TextContent));
    }

    /// <summary>Every (cohort, learner, element) with positionnements, in both establishments: the kept level, count and
    /// latest recording equal <see cref="CompetenceStateRule"/> computed from the events.</summary>
    private async Task AssertLevelsFollowTheRuleAsync()
    {
        var events = await app.WithDbAsync(db => db.Assessments
            .Select(a => new { a.CohortId, a.LearnerId, a.ElementId, Fact = new AssessmentFact(a.Id, a.AssessorId, a.Level, a.ObservedOn, a.RecordedAt, a.CorrectsId) })
            .ToListAsync());
        var expected = events.GroupBy(e => (e.CohortId, e.LearnerId, e.ElementId))
            .ToDictionary(g => g.Key, g => (CompetenceStateRule.Compute(g.Select(e => e.Fact)).Level, g.Count(), g.Max(e => e.Fact.RecordedAt)));
        var kept = await app.WithDbAsync(db => db.LearnerElementLevels.ToListAsync());

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, kept.Count);
        foreach (var level in kept)
        {
            Assert.Equal(expected[(level.CohortId, level.LearnerId, level.ElementId)], (level.Level, level.Events, level.LastRecordedAt));
        }

        var establishments = await app.WithDbAsync(db => db.Cohorts.Where(c => db.Assessments.Any(a => a.CohortId == c.Id)).Select(c => c.EstablishmentId).Distinct().CountAsync());
        Assert.Equal(2, establishments);
    }

    /// <summary>The figures computed from the rows, as the heatmap used to compute them on every view.</summary>
    private static async Task<(Dictionary<(Guid, Guid), int>, Dictionary<Guid, DateTime>)> CountFromRowsAsync(SillageDb db)
    {
        var rows = await db.TraceCompetenceLinks.Join(db.Traces.Where(t => t.DeletedAt == null), l => l.TraceId, t => t.Id, (l, t) => new { t.LearnerId, l.ElementId, l.TraceId })
            .ToListAsync();
        var parent = await db.FrameworkElements.Where(e => e.Kind == ElementKind.DetailedCompetence && e.ParentId != null).ToDictionaryAsync(e => e.Id, e => e.ParentId!.Value);
        var counts = rows.SelectMany(r => parent.TryGetValue(r.ElementId, out var p) ? new[] { (r.LearnerId, r.ElementId, r.TraceId), (r.LearnerId, p, r.TraceId) } : [(r.LearnerId, r.ElementId, r.TraceId)])
            .Distinct().GroupBy(x => (x.LearnerId, x.Item2)).ToDictionary(g => g.Key, g => g.Count());
        var traces = await db.Traces.Where(t => t.DeletedAt == null).Select(t => new { t.LearnerId, At = t.UpdatedAt }).ToListAsync();
        var feedback = await db.FeedbackComments.Where(c => c.ByStaff).Join(db.Traces, c => c.TraceId, t => t.Id, (c, t) => new { t.LearnerId, At = c.CreatedAt }).ToListAsync();
        var activity = traces.Concat(feedback).GroupBy(x => x.LearnerId).ToDictionary(g => g.Key, g => g.Max(x => x.At));
        return (counts, activity);
    }
}
