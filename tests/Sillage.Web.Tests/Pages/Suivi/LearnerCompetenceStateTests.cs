using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>The per-learner read of the suivi: the same states as the cohort-wide one, in a fixed number of queries.</summary>
public sealed class LearnerCompetenceStateTests(SillageApp app) : IClassFixture<SillageApp>
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

    /// <summary>The commands <paramref name="read"/> sends through its context, seen on EF's diagnostic listener.</summary>
    private Task<(T Result, int Queries)> CountQueriesAsync<T>(Func<SillageDb, Task<T>> read) => app.WithDbAsync(async db =>
    {
        var queries = 0;
        var listeners = new ListenerObserver(db, () => Interlocked.Increment(ref queries));
        using (DiagnosticListener.AllListeners.Subscribe(listeners))
        using (listeners)
        {
            var result = await read(db);
            return (result, queries);
        }
    });

    private sealed class ListenerObserver(DbContext context, Action onCommand) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && data.Context == context)
            {
                onCommand();
            }
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
