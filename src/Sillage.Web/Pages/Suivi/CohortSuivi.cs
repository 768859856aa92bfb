using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// Everything the suivi pages compute from, for one cohort (or one learner of it), loaded in a handful of
/// projected queries: the framework's assessable elements, the scale, the learners, and every positionnement
/// reduced to the facts the rule needs. States are computed in memory by <see cref="CompetenceStateRule"/>.
/// </summary>
public sealed class CohortSuivi
{
    public required Cohort Cohort { get; init; }
    public required IReadOnlyList<Element> Elements { get; init; }
    public required IReadOnlyList<PositioningLevel> Scale { get; init; }
    public required IReadOnlyList<Learner> Learners { get; init; }
    public required IReadOnlyDictionary<(Guid Learner, Guid Element), List<AssessmentFact>> Events { get; init; }
    public required IReadOnlyDictionary<(Guid Learner, Guid Element), int> TraceCounts { get; init; }
    public required IReadOnlyDictionary<Guid, DateTime> LastActivity { get; init; }

    public IEnumerable<Element> Blocks => Elements.Where(e => e.Kind == ElementKind.Block);

    public IEnumerable<Element> Competences => Elements.Where(e => e.Kind == ElementKind.Competence);

    private ILookup<Guid?, Element>? _children;

    public IEnumerable<Element> Children(Element parent) => (_children ??= Elements.ToLookup(e => e.ParentId))[parent.Id];

    public PositioningLevel Level(int rank) => Scale.FirstOrDefault(l => l.Rank == rank) ?? Scale[0];

    /// <summary>The lowest rank that counts as acquired (certification readiness).</summary>
    public int AcquiredRank => Scale.Where(l => l.CountsAsAcquired).Select(l => l.Rank).DefaultIfEmpty(int.MaxValue).Min();

    public CompetenceState State(Guid learner, Guid element, DateOnly? asOf = null) =>
        Events.TryGetValue((learner, element), out var events) ? CompetenceStateRule.Compute(events, asOf) : CompetenceState.NotAssessed;

    /// <summary>A compétence's own state, or — without own events — the lowest of its compétences détaillées (derived).</summary>
    public (int Level, bool Derived, CompetenceState Own) CompetenceLevel(Guid learner, Element competence, DateOnly? asOf = null)
    {
        var own = State(learner, competence.Id, asOf);
        if (own.IsAssessed || competence.Kind != ElementKind.Competence)
        {
            return (own.Level, false, own);
        }

        var derived = CompetenceStateRule.DerivedFromParts(Children(competence).Where(c => c.Kind == ElementKind.DetailedCompetence).Select(c => State(learner, c.Id, asOf)), AcquiredRank);
        return (derived, derived > 0, own);
    }

    public int Traces(Guid learner, Guid element) => TraceCounts.GetValueOrDefault((learner, element));

    public static async Task<CohortSuivi?> LoadAsync(SillageDb db, Guid cohortId, Guid? onlyLearner = null, CancellationToken cancellationToken = default)
    {
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var elements = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == cohort.FrameworkId
                        && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .OrderBy(e => e.SortOrder)
            .Select(e => new Element(e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Exam))
            .ToListAsync(cancellationToken);
        var scale = await LoadScaleAsync(db, cohort.FrameworkId, cancellationToken);
        var learners = await db.CohortMembers.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner && (onlyLearner == null || m.PersonId == onlyLearner))
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m.PersonId, u.FirstName, u.LastName, m.GroupId })
            .GroupJoin(db.Groups, x => x.GroupId, g => g.Id, (x, g) => new { x, g })
            .SelectMany(x => x.g.DefaultIfEmpty(), (x, g) => new Learner(x.x.PersonId, x.x.FirstName, x.x.LastName, x.x.GroupId, g != null ? g.Name : null))
            .ToListAsync(cancellationToken);
        learners = learners.OrderBy(l => l.LastName, StringComparer.CurrentCulture).ThenBy(l => l.FirstName, StringComparer.CurrentCulture).ToList();

        var facts = await db.Assessments.AsNoTracking()
            .Where(a => a.CohortId == cohortId && (onlyLearner == null || a.LearnerId == onlyLearner))
            .Select(a => new { a.LearnerId, a.ElementId, a.Id, a.AssessorId, a.Level, a.ObservedOn, a.RecordedAt, a.CorrectsId })
            .ToListAsync(cancellationToken);
        var events = facts
            .GroupBy(f => (f.LearnerId, f.ElementId))
            .ToDictionary(g => g.Key, g => g.Select(f => new AssessmentFact(f.Id, f.AssessorId, f.Level, f.ObservedOn, f.RecordedAt, f.CorrectsId)).ToList());
        var lastActivity = facts.GroupBy(f => f.LearnerId).ToDictionary(g => g.Key, g => g.Max(f => f.RecordedAt));

        return new CohortSuivi
        {
            Cohort = cohort,
            Elements = elements,
            Scale = scale,
            Learners = learners,
            Events = events,
            TraceCounts = new Dictionary<(Guid, Guid), int>(),
            LastActivity = lastActivity,
        };
    }

    /// <summary>The framework's scale; a framework imported before scales existed gets the default one.</summary>
    public static async Task<IReadOnlyList<PositioningLevel>> LoadScaleAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default)
    {
        var scale = await db.PositioningLevels.AsNoTracking().Where(l => l.FrameworkId == frameworkId).OrderBy(l => l.Rank).ToListAsync(cancellationToken);
        return scale.Count > 0 ? scale : DefaultScale.For(frameworkId).ToList();
    }

    public sealed record Element(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title, string? Exam);

    public sealed record Learner(Guid Id, string FirstName, string LastName, Guid? GroupId, string? Group)
    {
        public string SortName => $"{LastName.ToUpperInvariant()} {FirstName}";
    }
}
