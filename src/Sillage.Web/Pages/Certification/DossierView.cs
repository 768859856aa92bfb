using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Certification;

/// <summary>
/// A dossier as it stands now, loaded in a few projected queries: its bloc and the bloc's compétences, its pieces
/// with their titles, the coverage by the selected traces, the positionnements of today, the référent's minimum and
/// what still prevents submission.
/// </summary>
public sealed class DossierView
{
    public required CertificationDossier Dossier { get; init; }
    public required string LearnerName { get; init; }
    public required BlockInfo Block { get; init; }
    public required IReadOnlyList<CoverageElement> Elements { get; init; }
    public required IReadOnlyList<Piece> Pieces { get; init; }
    public required Coverage Coverage { get; init; }
    public required IReadOnlyList<PositioningLevel> Scale { get; init; }
    public required IReadOnlyDictionary<Guid, (int Level, bool Derived)> Levels { get; init; }
    public required SubmissionRequirement Requirement { get; init; }
    public required IReadOnlyList<SubmissionProblem> Problems { get; init; }

    /// <summary>Selected traces deleted since: they prove nothing and block submission until removed.</summary>
    public IEnumerable<Piece> DeletedTraces => Pieces.Where(p => p.Deleted);

    public bool CanSubmit => Dossier.IsDraft && Problems.Count == 0 && !DeletedTraces.Any();

    public PositioningLevel? Level(int rank) => Scale.FirstOrDefault(l => l.Rank == rank);

    public sealed record BlockInfo(Guid Id, string Code, string Title, string? Exam);

    public sealed record Piece(DossierItem Item, string Title, DateOnly? Date, bool Deleted);

    public static async Task<DossierView> LoadAsync(SillageDb db, CertificationDossier dossier, DateOnly today, CancellationToken cancellationToken = default)
    {
        var learnerName = await db.Users.Where(u => u.Id == dossier.LearnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync(cancellationToken);
        var block = await db.FrameworkElements.AsNoTracking().Where(e => e.Id == dossier.BlockId)
            .Select(e => new BlockInfo(e.Id, e.Code, e.Title, e.Exam)).SingleAsync(cancellationToken);
        var elements = await BlockElementsAsync(db, dossier.BlockId, cancellationToken);

        var traceIds = dossier.Items.Where(i => i.Kind == DossierItemKind.Trace && i.ReferenceId != null).Select(i => i.ReferenceId!.Value).ToList();
        var interviewIds = dossier.Items.Where(i => i.Kind == DossierItemKind.Interview && i.ReferenceId != null).Select(i => i.ReferenceId!.Value).ToList();
        var traces = await db.Traces.AsNoTracking().Where(t => traceIds.Contains(t.Id) && t.LearnerId == dossier.LearnerId)
            .Select(t => new { t.Id, t.Title, t.ActivityDate, t.DeletedAt }).ToDictionaryAsync(t => t.Id, cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => interviewIds.Contains(i.Id) && i.LearnerId == dossier.LearnerId)
            .Select(i => new { i.Id, i.HeldOn }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var pieces = dossier.Items.OrderBy(i => i.AddedAt).ThenBy(i => i.Id).Select(i => i.Kind switch
        {
            DossierItemKind.Trace when i.ReferenceId is { } id && traces.TryGetValue(id, out var t) => new Piece(i, t.Title, t.ActivityDate, t.DeletedAt != null),
            DossierItemKind.Interview when i.ReferenceId is { } id && interviews.TryGetValue(id, out var v) => new Piece(i, i.Label ?? "", v.HeldOn, false),
            _ => new Piece(i, i.Label ?? i.FileName ?? "", null, i.ReferenceId is not null && !i.IsDocument),
        }).ToList();

        var liveTraceIds = traces.Values.Where(t => t.DeletedAt == null).Select(t => t.Id).ToList();
        var elementIds = elements.Select(e => e.Id).ToList();
        var links = await db.TraceCompetenceLinks.AsNoTracking()
            .Where(l => liveTraceIds.Contains(l.TraceId) && elementIds.Contains(l.ElementId))
            .Select(l => new { l.TraceId, l.ElementId }).ToListAsync(cancellationToken);
        var (scale, levels) = await PositioningsAsync(db, dossier, elements, today, cancellationToken);
        var coverage = Coverage.Compute(elements, links.Select(l => (l.TraceId, l.ElementId)), levels.ToDictionary(l => l.Key, l => l.Value.Level));
        var requirement = await db.SubmissionRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.CohortId == dossier.CohortId, cancellationToken)
                          ?? SubmissionRequirement.None(dossier.CohortId);
        return new DossierView
        {
            Dossier = dossier, LearnerName = learnerName, Block = block, Elements = elements, Pieces = pieces, Coverage = coverage,
            Scale = scale, Levels = levels, Requirement = requirement,
            Problems = SubmissionRules.Check(requirement, dossier.Items.Count, coverage),
        };
    }

    public static Task<List<CoverageElement>> BlockElementsAsync(SillageDb db, Guid blockId, CancellationToken cancellationToken = default)
    {
        var competences = db.FrameworkElements.Where(e => e.ParentId == blockId && e.Kind == ElementKind.Competence).Select(e => e.Id);
        return db.FrameworkElements.AsNoTracking()
            .Where(e => (e.ParentId == blockId && e.Kind == ElementKind.Competence)
                        || (e.Kind == ElementKind.DetailedCompetence && e.ParentId != null && competences.Contains(e.ParentId.Value)))
            .OrderBy(e => e.SortOrder)
            .Select(e => new CoverageElement(e.Id, e.ParentId, e.Kind, e.Code, e.Title))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The learner's state on each element of the bloc at <paramref name="asOf"/>, by the suivi rule.</summary>
    private static async Task<(IReadOnlyList<PositioningLevel>, IReadOnlyDictionary<Guid, (int Level, bool Derived)>)> PositioningsAsync(
        SillageDb db, CertificationDossier dossier, IReadOnlyList<CoverageElement> elements, DateOnly asOf, CancellationToken cancellationToken)
    {
        var state = await LearnerCompetenceState.LoadAsync(db, dossier.CohortId, dossier.LearnerId, cancellationToken);
        if (state is null)
        {
            return ([], new Dictionary<Guid, (int Level, bool Derived)>());
        }

        var byId = state.Elements.ToDictionary(e => e.Id);
        var levels = elements.Where(e => byId.ContainsKey(e.Id)).ToDictionary(e => e.Id, e =>
        {
            var (level, derived, _) = state.CompetenceLevel(byId[e.Id], asOf);
            return (Level: level, Derived: derived);
        });
        return (state.Scale, levels);
    }
}
