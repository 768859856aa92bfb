using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
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
