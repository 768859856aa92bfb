using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// One learner's competence states in one cohort, in four projected queries: the cohort, its framework's assessable
/// elements, the scale, and the learner's positionnements reduced to the facts <see cref="CompetenceStateRule"/> needs.
/// The per-learner read of the suivi: the learner's pages build on it (through <see cref="CohortSuivi.ForLearnerAsync"/>),
/// the certification dossier reads its levels from it, and so the jury's frozen copy too.
/// </summary>
public sealed class LearnerCompetenceState
{
    public required Guid LearnerId { get; init; }
    public required Cohort Cohort { get; init; }
    public required IReadOnlyList<FrameworkOutline.Element> Elements { get; init; }
    public required IReadOnlyList<PositioningLevel> Scale { get; init; }

    /// <summary>The learner's events per element.</summary>
    public required IReadOnlyDictionary<Guid, List<AssessmentFact>> Events { get; init; }

    /// <summary>Where each event comes from (PFMP, interview…) and who made it (teacher, tutor, jury).</summary>
    public required IReadOnlyDictionary<Guid, (AssessmentContext Context, AssessorRole Role)> Sources { get; init; }

    /// <summary>The lowest rank that counts as acquired (certification readiness).</summary>
    public int AcquiredRank => AcquiredRankOf(Scale);

    public CompetenceState State(Guid element, DateOnly? asOf = null) =>
        Events.TryGetValue(element, out var events) ? CompetenceStateRule.Compute(events, asOf) : CompetenceState.NotAssessed;

    /// <summary>A compétence's own state, or — without own events — the lowest of its compétences détaillées (derived).</summary>
    public (int Level, bool Derived, CompetenceState Own) CompetenceLevel(FrameworkOutline.Element competence, DateOnly? asOf = null) =>
        CompetenceLevelOf(competence, Elements.Where(e => e.ParentId == competence.Id), AcquiredRank, element => State(element, asOf));

    public static async Task<LearnerCompetenceState?> LoadAsync(SillageDb db, Guid cohortId, Guid learnerId, CancellationToken cancellationToken = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var elements = await FrameworkOutline.OfAsync(db, cohort.FrameworkId, cancellationToken);
        var scale = await CohortSuivi.LoadScaleAsync(db, cohort.FrameworkId, cancellationToken);
        var facts = await FactsAsync(db.Assessments.Where(a => a.CohortId == cohortId && a.LearnerId == learnerId), cancellationToken);
        return new LearnerCompetenceState
        {
            LearnerId = learnerId,
            Cohort = cohort,
            Elements = elements,
            Scale = scale,
            Events = facts.GroupBy(f => f.ElementId).ToDictionary(g => g.Key, g => g.Select(f => f.Fact).ToList()),
            Sources = facts.ToDictionary(f => f.Fact.Id, f => (f.Context, f.Role)),
        };
    }

    /// <summary>The positionnements of <paramref name="events"/>, reduced to what the rule and the pages read.</summary>
    internal static async Task<List<Row>> FactsAsync(IQueryable<Assessment> events, CancellationToken cancellationToken) =>
        (await events.AsNoTracking()
            .Select(a => new { a.LearnerId, a.ElementId, a.Id, a.AssessorId, a.Level, a.ObservedOn, a.RecordedAt, a.CorrectsId, a.Context, a.AssessorRole })
            .ToListAsync(cancellationToken))
        .Select(a => new Row(a.LearnerId, a.ElementId, new AssessmentFact(a.Id, a.AssessorId, a.Level, a.ObservedOn, a.RecordedAt, a.CorrectsId), a.Context, a.AssessorRole))
        .ToList();

    internal static int AcquiredRankOf(IEnumerable<PositioningLevel> scale) =>
        scale.Where(l => l.CountsAsAcquired).Select(l => l.Rank).DefaultIfEmpty(int.MaxValue).Min();

    internal static (int Level, bool Derived, CompetenceState Own) CompetenceLevelOf(FrameworkOutline.Element competence, IEnumerable<FrameworkOutline.Element> children,
        int acquiredRank, Func<Guid, CompetenceState> state)
    {
        var own = state(competence.Id);
        if (own.IsAssessed || competence.Kind != ElementKind.Competence)
        {
            return (own.Level, false, own);
        }

        var derived = CompetenceStateRule.DerivedFromParts(children.Where(c => c.Kind == ElementKind.DetailedCompetence).Select(c => state(c.Id)), acquiredRank);
        return (derived, derived > 0, own);
    }

    internal sealed record Row(Guid LearnerId, Guid ElementId, AssessmentFact Fact, AssessmentContext Context, AssessorRole Role);
}
