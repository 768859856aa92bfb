using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Pages.Referentiel;
using Element = Sillage.Web.Pages.Referentiel.FrameworkOutline.Element;

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

    /// <summary>Where each event comes from (PFMP, interview…) and who made it (teacher, tutor, jury).</summary>
    public IReadOnlyDictionary<Guid, (AssessmentContext Context, AssessorRole Role)> Sources { get; init; } = new Dictionary<Guid, (AssessmentContext, AssessorRole)>();

    /// <summary>Loaded for one learner only: their latest self-positioning per element (from their trace links).</summary>
    public IReadOnlyDictionary<(Guid Learner, Guid Element), int> SelfLevels { get; init; } = new Dictionary<(Guid, Guid), int>();

    /// <summary>Loaded for one learner only: the latest teacher feedback on a trace linked to each element.</summary>
    public IReadOnlyDictionary<(Guid Learner, Guid Element), Feedback> LastFeedback { get; init; } = new Dictionary<(Guid, Guid), Feedback>();

    public IEnumerable<Element> Blocks => Elements.Where(e => e.Kind == ElementKind.Block);

    public IEnumerable<Element> Competences => Elements.Where(e => e.Kind == ElementKind.Competence);

    private ILookup<Guid?, Element>? _children;

    public IEnumerable<Element> Children(Element parent) => (_children ??= Elements.ToLookup(e => e.ParentId))[parent.Id];

    public PositioningLevel Level(int rank) => Scale.FirstOrDefault(l => l.Rank == rank) ?? Scale[0];

    /// <summary>The lowest rank that counts as acquired (certification readiness).</summary>
    public int AcquiredRank => LearnerCompetenceState.AcquiredRankOf(Scale);

    /// <summary>Loaded by <see cref="LoadLevelsAsync"/> instead of the events: each element's own level and number of
    /// positionnements, as <see cref="PortfolioFigures"/> keeps them on every save (then <see cref="Events"/> is empty).</summary>
    public IReadOnlyDictionary<(Guid Learner, Guid Element), (int Level, int Events)>? KeptLevels { get; init; }

    public CompetenceState State(Guid learner, Guid element, DateOnly? asOf = null) =>
        KeptLevels is { } kept && asOf is null ? CompetenceState.OfLevel(kept.GetValueOrDefault((learner, element)).Level)
        : Events.TryGetValue((learner, element), out var events) ? CompetenceStateRule.Compute(events, asOf) : CompetenceState.NotAssessed;

    /// <summary>How many positionnements of this learner on this element were observed between the dates (both optional).</summary>
    public int EventCount(Guid learner, Guid element, DateOnly? from = null, DateOnly? to = null) =>
        KeptLevels is { } kept && from is null && to is null ? kept.GetValueOrDefault((learner, element)).Events
        : Events.TryGetValue((learner, element), out var list) ? list.Count(e => (from is null || e.ObservedOn >= from) && (to is null || e.ObservedOn <= to)) : 0;

    /// <summary>A compétence's own state, or — without own events — the lowest of its compétences détaillées (derived).</summary>
    public (int Level, bool Derived, CompetenceState Own) CompetenceLevel(Guid learner, Element competence, DateOnly? asOf = null) =>
        LearnerCompetenceState.CompetenceLevelOf(competence, Children(competence), AcquiredRank, element => State(learner, element, asOf));

    /// <summary>The same, with the compétence's children and the acquired rank computed once by the caller (the heatmap's
    /// hundreds of cells).</summary>
    public (int Level, bool Derived, CompetenceState Own) CompetenceLevel(Guid learner, Element competence, IReadOnlyList<Element> children, int acquiredRank, DateOnly? asOf) =>
        LearnerCompetenceState.CompetenceLevelOf(competence, children, acquiredRank, element => State(learner, element, asOf));

    public int Traces(Guid learner, Guid element) => TraceCounts.GetValueOrDefault((learner, element));

    /// <summary>The whole cohort, for the heatmap and the bulk grid.</summary>
    public static async Task<CohortSuivi?> LoadAsync(SillageDb db, Guid cohortId, CancellationToken cancellationToken = default) =>
        await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken) is { } cohort
            ? await LoadAsync(db, cohort, cancellationToken)
            : null;

    /// <summary>The same, for a cohort the caller has already read (the heatmap reads it with its visibility check).</summary>
    public static async Task<CohortSuivi> LoadAsync(SillageDb db, Cohort cohort, CancellationToken cancellationToken = default)
    {
        var cohortId = cohort.Id;
        var elements = await FrameworkOutline.OfAsync(db, cohort.FrameworkId, cancellationToken);
        var scale = await LoadScaleAsync(db, cohort.FrameworkId, cancellationToken);
        var facts = await LearnerCompetenceState.FactsAsync(db.Assessments.Where(a => a.CohortId == cohortId), cancellationToken);
        var events = facts.GroupBy(f => (f.LearnerId, f.ElementId)).ToDictionary(g => g.Key, g => g.Select(f => f.Fact).ToList());
        return await ComposeAsync(db, cohort, elements, scale, events, facts.ToDictionary(f => f.Fact.Id, f => (f.Context, f.Role)), null, cancellationToken);
    }

    /// <summary>
    /// The whole cohort as it stands today, for the heatmap without dates: one row per learner and element of the levels
    /// kept on write (<see cref="PortfolioFigures"/>) instead of every positionnement, so that its cost does not grow with
    /// the cohort's history. A state at a past date or a count between dates needs <see cref="LoadAsync"/>.
    /// <paramref name="traceElements"/>, when given, chooses from the framework's elements those whose trace counts are
    /// read (the map's columns: a few dozen of the framework's elements), the others counting none.
    /// </summary>
    public static async Task<CohortSuivi> LoadLevelsAsync(SillageDb db, Cohort cohort, Func<IReadOnlyList<Element>, IEnumerable<Element>>? traceElements = null,
        CancellationToken cancellationToken = default)
    {
        var elements = await FrameworkOutline.OfAsync(db, cohort.FrameworkId, cancellationToken);
        var scale = await LoadScaleAsync(db, cohort.FrameworkId, cancellationToken);

        // ~830 rows at realistic scale: read as values straight into the dictionary (no list of objects, no grouping); each
        // learner's latest positionnement comes with the learners (ComposeAsync), not as a date parsed on every row.
        var levels = new Dictionary<(Guid, Guid), (int, int)>();
        await foreach (var level in KeptLevelsOf(db, cohort.Id).WithCancellation(cancellationToken))
        {
            levels[(level.LearnerId, level.ElementId)] = (level.Level, level.Events);
        }

        return await ComposeAsync(db, cohort, elements, scale, [], new Dictionary<Guid, (AssessmentContext, AssessorRole)>(), null, cancellationToken,
            traceElements?.Invoke(elements).Select(e => e.Id).ToList(), levels);
    }

    /// <summary>A row of <see cref="LearnerElementLevel"/>, only what the map reads.</summary>
    private readonly record struct KeptLevel(Guid LearnerId, Guid ElementId, int Level, int Events);

    /// <summary>A learner of the cohort with their dossier's last activity and, from the levels kept on write when asked,
    /// their latest positionnement (<see cref="LastActivity"/>).</summary>
    private readonly record struct LearnerRow(Learner Learner, DateTime? Portfolio, DateTime? Positioned);

    // The heatmap's fixed-shape queries, compiled once: EF would otherwise rebuild, funcletize and look up each expression
    // on every view (docs/benchmarks.md, the heatmap in the page loop).
    private static readonly Func<SillageDb, Guid, IAsyncEnumerable<KeptLevel>> KeptLevelsOf =
        EF.CompileAsyncQuery((SillageDb db, Guid cohortId) => db.LearnerElementLevels.AsNoTracking().Where(l => l.CohortId == cohortId)
            .Select(l => new KeptLevel(l.LearnerId, l.ElementId, l.Level, l.Events)));

    private static readonly Func<SillageDb, Guid, Guid?, bool, IAsyncEnumerable<LearnerRow>> LearnersOf =
        EF.CompileAsyncQuery((SillageDb db, Guid cohortId, Guid? onlyLearner, bool kept) => db.CohortMembers.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner && (onlyLearner == null || m.PersonId == onlyLearner))
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m.PersonId, u.FirstName, u.LastName, m.GroupId })
            .GroupJoin(db.Groups, x => x.GroupId, g => g.Id, (x, g) => new { x, g })
            .SelectMany(x => x.g.DefaultIfEmpty(), (x, g) => new LearnerRow(
                new Learner(x.x.PersonId, x.x.FirstName, x.x.LastName, x.x.GroupId, g != null ? g.Name : null),
                db.LearnerPortfolioActivities.Where(a => a.LearnerId == x.x.PersonId).Select(a => (DateTime?)a.LastAt).FirstOrDefault(),
                kept ? db.LearnerElementLevels.Where(l => l.CohortId == cohortId && l.LearnerId == x.x.PersonId).Max(l => (DateTime?)l.LastRecordedAt) : null)));

    private readonly record struct TraceCount(Guid LearnerId, Guid ElementId, int Traces);

    private static readonly Func<SillageDb, List<Guid>, IAsyncEnumerable<TraceCount>> AllTraceCounts =
        EF.CompileAsyncQuery((SillageDb db, List<Guid> learnerIds) => db.LearnerTraceCounts.AsNoTracking().Where(c => learnerIds.Contains(c.LearnerId))
            .Select(c => new TraceCount(c.LearnerId, c.ElementId, c.Traces)));

    private static readonly Func<SillageDb, List<Guid>, List<Guid>, IAsyncEnumerable<TraceCount>> TraceCountsOf =
        EF.CompileAsyncQuery((SillageDb db, List<Guid> learnerIds, List<Guid> elementIds) => db.LearnerTraceCounts.AsNoTracking()
            .Where(c => learnerIds.Contains(c.LearnerId) && elementIds.Contains(c.ElementId))
            .Select(c => new TraceCount(c.LearnerId, c.ElementId, c.Traces)));

    private static readonly Func<SillageDb, Guid, IAsyncEnumerable<PositioningLevel>> ScaleOf =
        EF.CompileAsyncQuery<SillageDb, Guid, PositioningLevel>((db, frameworkId) => db.PositioningLevels.AsNoTracking().Where(l => l.FrameworkId == frameworkId).OrderBy(l => l.Rank));

    /// <summary>One learner of the cohort: their states (<see cref="LearnerCompetenceState"/>) with their dossier's figures, self-positionings and feedback.</summary>
    public static async Task<CohortSuivi?> ForLearnerAsync(SillageDb db, Guid cohortId, Guid learnerId, CancellationToken cancellationToken = default)
    {
        var state = await LearnerCompetenceState.LoadAsync(db, cohortId, learnerId, cancellationToken);
        return state is null
            ? null
            : await ComposeAsync(db, state.Cohort, state.Elements, state.Scale, state.Events.ToDictionary(e => (learnerId, e.Key), e => e.Value), state.Sources, learnerId, cancellationToken);
    }

    private static async Task<CohortSuivi> ComposeAsync(SillageDb db, Cohort cohort, IReadOnlyList<Element> elements, IReadOnlyList<PositioningLevel> scale,
        Dictionary<(Guid Learner, Guid Element), List<AssessmentFact>> events, IReadOnlyDictionary<Guid, (AssessmentContext, AssessorRole)> sources,
        Guid? onlyLearner, CancellationToken cancellationToken, List<Guid>? traceElements = null,
        Dictionary<(Guid, Guid), (int, int)>? kept = null)
    {
        var cohortId = cohort.Id;

        // The last activity: the latest positionnement (from the levels kept on write, or from the events) or the dossier's
        // (LearnerActivity), whichever is later; read with the learners, not by another command.
        var lastActivity = kept is not null ? new Dictionary<Guid, DateTime>() : events.GroupBy(e => e.Key.Learner).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Max(f => f.RecordedAt));
        var learners = new List<Learner>();
        await foreach (var row in LearnersOf(db, cohortId, onlyLearner, kept is not null).WithCancellation(cancellationToken))
        {
            learners.Add(row.Learner);
            Later(row.Learner.Id, row.Positioned);
            Later(row.Learner.Id, row.Portfolio);
        }

        void Later(Guid learner, DateTime? at)
        {
            if (at is { } time && (!lastActivity.TryGetValue(learner, out var known) || time > known))
            {
                lastActivity[learner] = time;
            }
        }

        learners = learners.OrderBy(l => l.LastName, StringComparer.CurrentCulture).ThenBy(l => l.FirstName, StringComparer.CurrentCulture).ToList();
        var learnerIds = learners.Select(l => l.Id).ToList();
        var traceCounts = await TraceCountsAsync(db, learnerIds, traceElements, cancellationToken);

        var (selfLevels, lastFeedback) = onlyLearner is { } one && learnerIds.Contains(one)
            ? await LearnerPortfolioAsync(db, one, elements, cancellationToken)
            : (new Dictionary<(Guid, Guid), int>(), new Dictionary<(Guid, Guid), Feedback>());

        return new CohortSuivi
        {
            Cohort = cohort,
            Elements = elements,
            Scale = scale,
            Learners = learners,
            Events = events,
            TraceCounts = traceCounts,
            LastActivity = lastActivity,
            Sources = sources,
            SelfLevels = selfLevels,
            LastFeedback = lastFeedback,
            KeptLevels = kept,
        };
    }

    /// <summary>
    /// Live traces supporting each element, per learner (a trace counts for the element it is linked to and, when that is
    /// a compétence détaillée, for its compétence too): the figures <see cref="PortfolioFigures"/> keeps on every save.
    /// </summary>
    private static async Task<Dictionary<(Guid, Guid), int>> TraceCountsAsync(SillageDb db, List<Guid> learnerIds, List<Guid>? elementIds, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(Guid, Guid), int>();
        await foreach (var count in (elementIds is null ? AllTraceCounts(db, learnerIds) : TraceCountsOf(db, learnerIds, elementIds)).WithCancellation(cancellationToken))
        {
            counts[(count.LearnerId, count.ElementId)] = count.Traces;
        }

        return counts;
    }

    /// <summary>One learner's self-positionings (latest per element) and the latest teacher feedback per element.</summary>
    private static async Task<(Dictionary<(Guid, Guid), int>, Dictionary<(Guid, Guid), Feedback>)> LearnerPortfolioAsync(
        SillageDb db, Guid learner, IReadOnlyList<Element> elements, CancellationToken cancellationToken)
    {
        var links = await db.TraceCompetenceLinks.AsNoTracking()
            .Join(db.Traces.Where(t => t.DeletedAt == null && t.LearnerId == learner), l => l.TraceId, t => t.Id, (l, t) => new { l.TraceId, l.ElementId, l.SelfLevel, l.UpdatedAt })
            .ToListAsync(cancellationToken);
        var parent = elements.ToDictionary(e => e.Id, e => e.Kind == ElementKind.DetailedCompetence ? e.ParentId : null);
        var selfLevels = links.Where(l => l.SelfLevel is not null).GroupBy(l => l.ElementId)
            .ToDictionary(g => (learner, g.Key), g => g.OrderByDescending(l => l.UpdatedAt).First().SelfLevel!.Value);

        var traceIds = links.Select(l => l.TraceId).Distinct().ToList();
        var comments = await db.FeedbackComments.AsNoTracking().Where(c => c.ByStaff && traceIds.Contains(c.TraceId))
            .Join(db.Traces, c => c.TraceId, t => t.Id, (c, t) => new { c.TraceId, t.Title, c.Body, c.Verdict, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var latestByTrace = comments.GroupBy(c => c.TraceId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.CreatedAt)!);
        var lastFeedback = new Dictionary<(Guid, Guid), Feedback>();
        foreach (var link in links)
        {
            if (!latestByTrace.TryGetValue(link.TraceId, out var c))
            {
                continue;
            }

            var feedback = new Feedback(c.TraceId, c.Title, c.Body, c.Verdict, c.CreatedAt);
            foreach (var element in new[] { link.ElementId, parent.GetValueOrDefault(link.ElementId) ?? Guid.Empty }.Where(e => e != Guid.Empty))
            {
                if (!lastFeedback.TryGetValue((learner, element), out var known) || feedback.At > known.At)
                {
                    lastFeedback[(learner, element)] = feedback;
                }
            }
        }

        return (selfLevels, lastFeedback);
    }

    /// <summary>The framework's scale; a framework imported before scales existed gets the default one.</summary>
    public static async Task<IReadOnlyList<PositioningLevel>> LoadScaleAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default)
    {
        var scale = new List<PositioningLevel>();
        await foreach (var level in ScaleOf(db, frameworkId).WithCancellation(cancellationToken))
        {
            scale.Add(level);
        }

        return scale.Count > 0 ? scale : DefaultScale.For(frameworkId).ToList();
    }

    /// <summary>A teacher's latest comment on a trace: which trace, what was said, its verdict, when.</summary>
    public sealed record Feedback(Guid TraceId, string TraceTitle, string Body, Sillage.Domain.Portfolio.FeedbackVerdict Verdict, DateTime At);

    public sealed record Learner(Guid Id, string FirstName, string LastName, Guid? GroupId, string? Group)
    {
        public string SortName => $"{LastName.ToUpperInvariant()} {FirstName}";
    }
}
