using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Suivi;
using Sillage.Web.Tests.Performance;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>The per-learner read of the suivi: the same states as the cohort-wide one, in a fixed number of queries.</summary>
public sealed class LearnerCompetenceStateTests(CommandCounter.App app) : IClassFixture<CommandCounter.App>
{
    [Fact]
    public async Task One_learners_states_take_three_queries_whatever_their_number_of_events()
    {
        var (cohort, busy, quiet) = await app.WithDbAsync(async db =>
        {
            var cohortId = await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync();
            var counts = await db.Assessments.Where(a => a.CohortId == cohortId).GroupBy(a => a.LearnerId).Select(g => new { g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).ToListAsync();
            return (cohortId, counts[0].Key, counts[^1].Key);
        });

        // The framework's outline is read once per version and then kept in memory (FrameworkOutline).
        await app.WithDbAsync(db => LearnerCompetenceState.LoadAsync(db, cohort, busy));
        foreach (var learner in new[] { busy, quiet })
        {
            var (state, queries) = await CountQueriesAsync(db => LearnerCompetenceState.LoadAsync(db, cohort, learner));
            Assert.Equal(3, queries);

            var whole = await app.WithDbAsync(db => CohortSuivi.LoadAsync(db, cohort));
            Assert.All(whole!.Elements, e => Assert.Equal(whole.State(learner, e.Id).Level, state!.State(e.Id).Level));
            Assert.All(whole.Competences, c =>
            {
                var (level, derived, _) = whole.CompetenceLevel(learner, c);
                Assert.Equal((level, derived), (state!.CompetenceLevel(c).Level, state.CompetenceLevel(c).Derived));
            });
        }
    }

    /// <summary>The commands <paramref name="read"/> sends.</summary>
    private Task<(T Result, int Queries)> CountQueriesAsync<T>(Func<SillageDb, Task<T>> read) => app.WithDbAsync(async db =>
    {
        using (app.Counter.Start(out var count))
        {
            var result = await read(db);
            return (result, count.Value);
        }
    });
}
