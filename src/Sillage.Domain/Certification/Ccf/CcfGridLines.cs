using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Certification.Ccf;

/// <summary>
/// What a grid evaluates for a bloc, from the framework itself: for each compétence of the bloc, its critères
/// d'évaluation (with those of its compétences détaillées) when the framework has them — Annexe IV c says the
/// criteria are those of the compétences — otherwise its compétences détaillées, otherwise the compétence. The
/// MC SNO critères were not found: its grids start from the compétences détaillées until a référent completes
/// the framework.
/// </summary>
public static class CcfGridLines
{
    public static IReadOnlyList<FrameworkElement> For(IReadOnlyList<FrameworkElement> elements, Guid blockId)
    {
        var children = elements.Where(e => e.ParentId is not null).ToLookup(e => e.ParentId!.Value);
        var lines = new List<FrameworkElement>();
        foreach (var competence in children[blockId].Where(e => e.Kind == ElementKind.Competence).OrderBy(e => e.SortOrder))
        {
            var detailed = children[competence.Id].Where(e => e.Kind == ElementKind.DetailedCompetence).OrderBy(e => e.SortOrder).ToList();
            var criteria = children[competence.Id].Concat(detailed.SelectMany(d => children[d.Id]))
                .Where(e => e.Kind == ElementKind.Criterion).OrderBy(e => e.SortOrder).ToList();
            lines.AddRange(criteria.Count > 0 ? criteria : detailed.Count > 0 ? detailed : [competence]);
        }

        return lines;
    }
}
