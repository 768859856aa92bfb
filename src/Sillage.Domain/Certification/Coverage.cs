using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Certification;

/// <summary>
/// What proves each compétence and compétence détaillée of a bloc in a dossier: the selected traces linked to it
/// (a compétence also counts the traces of its compétences détaillées) and the learner's positionnement at that
/// date. <see cref="Missing"/> names the elements no selected trace proves.
/// </summary>
public sealed record Coverage(IReadOnlyList<CoverageRow> Rows)
{
    public IEnumerable<CoverageRow> Missing => Rows.Where(r => r.TraceIds.Count == 0);

    public IEnumerable<CoverageRow> Competences => Rows.Where(r => r.Kind == ElementKind.Competence);

    public int CoveredCompetences => Competences.Count(r => r.TraceIds.Count > 0);

    /// <param name="elements">The bloc's compétences and compétences détaillées, in framework order.</param>
    /// <param name="links">The competence links of the traces selected in the dossier.</param>
    /// <param name="levels">The positionnement rank per element (0 or absent: non évalué).</param>
    public static Coverage Compute(IEnumerable<CoverageElement> elements, IEnumerable<(Guid TraceId, Guid ElementId)> links,
        IReadOnlyDictionary<Guid, int>? levels = null)
    {
        var list = elements.Where(e => e.Kind is ElementKind.Competence or ElementKind.DetailedCompetence).ToList();
        var byElement = links.ToLookup(l => l.ElementId, l => l.TraceId);
        var children = list.ToLookup(e => e.ParentId);
        var rows = list.Select(e =>
        {
            var traces = byElement[e.Id];
            if (e.Kind == ElementKind.Competence)
            {
                traces = traces.Concat(children[e.Id].SelectMany(c => byElement[c.Id]));
            }

            return new CoverageRow(e.Id, e.ParentId, e.Kind, e.Code, e.Title,
                traces.Distinct().Order().ToList(), levels?.GetValueOrDefault(e.Id) ?? 0);
        }).ToList();
        return new Coverage(rows);
    }
}

public sealed record CoverageElement(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title);

public sealed record CoverageRow(Guid ElementId, Guid? ParentId, ElementKind Kind, string Code, string Title, IReadOnlyList<Guid> TraceIds, int Level)
{
    public bool IsCovered => TraceIds.Count > 0;
}
