using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Situations;

/// <summary>
/// Situations × competences: which missions work which element. The rows are the finest competences of the
/// framework (compétences détaillées, or a compétence that has none); a row is covered when at least one mission
/// links it. Links to a whole bloc or compétence are kept and shown on that level, but do not cover its
/// compétences détaillées: the guide's tables name them one by one.
/// </summary>
public sealed class CoverageMatrix
{
    private readonly Dictionary<(Guid Element, Guid Situation), List<CoverageMission>> _cells = [];
    private readonly ILookup<Guid?, CoverageElement> _children;

    private CoverageMatrix(IReadOnlyList<CoverageElement> elements, IReadOnlyList<CoverageSituation> situations)
    {
        Elements = elements;
        Situations = situations;
        _children = elements.ToLookup(e => e.ParentId);
        var known = elements.Select(e => e.Id).ToHashSet();
        foreach (var situation in situations)
        {
            foreach (var mission in situation.Missions)
            {
                foreach (var element in mission.ElementIds.Where(known.Contains))
                {
                    if (!_cells.TryGetValue((element, situation.Id), out var list))
                    {
                        _cells[(element, situation.Id)] = list = [];
                    }

                    list.Add(mission);
                }
            }
        }

        Rows = elements.Where(e => e.Kind == ElementKind.DetailedCompetence
                                   || (e.Kind == ElementKind.Competence && !_children[e.Id].Any(c => c.Kind == ElementKind.DetailedCompetence)))
            .ToList();
        Covered = _cells.Keys.Select(k => k.Element).ToHashSet();
        Uncovered = Rows.Where(r => !Covered.Contains(r.Id)).ToList();
    }

    public IReadOnlyList<CoverageElement> Elements { get; }
    public IReadOnlyList<CoverageSituation> Situations { get; }

    /// <summary>The competences coverage is counted on.</summary>
    public IReadOnlyList<CoverageElement> Rows { get; }

    /// <summary>Every element at least one mission links (the union of the missions' links).</summary>
    public IReadOnlySet<Guid> Covered { get; }

    /// <summary>Rows no mission of these situations links.</summary>
    public IReadOnlyList<CoverageElement> Uncovered { get; }

    public IEnumerable<CoverageElement> Children(Guid? parentId) => _children[parentId];

    /// <summary>The missions of a situation that link an element.</summary>
    public IReadOnlyList<CoverageMission> Cell(Guid elementId, Guid situationId) =>
        _cells.TryGetValue((elementId, situationId), out var missions) ? missions : [];

    public static CoverageMatrix Build(IReadOnlyList<CoverageElement> elements, IReadOnlyList<CoverageSituation> situations) =>
        new(elements, situations);
}

/// <summary>A bloc, compétence or compétence détaillée of the framework, in tree order.</summary>
public sealed record CoverageElement(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title);

public sealed record CoverageSituation(Guid Id, string Title, IReadOnlyList<CoverageMission> Missions);

public sealed record CoverageMission(Guid Id, int Number, string Title, IReadOnlyCollection<Guid> ElementIds);
