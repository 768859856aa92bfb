using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// The outline of a framework — its blocs, compétences and compétences détaillées in tree order, without savoirs,
/// résultats, critères or conditions — as pickers, filters, coverage pages, situation displays and the follow-up
/// (positionnements, heatmap) read it. One query and one shape for every feature (situations, resources, suivi, the
/// dossier's coverage, exports).
/// </summary>
public static class FrameworkOutline
{
    /// <param name="Exam">The épreuve a bloc is certified by (E1…), when the framework says so.</param>
    public sealed record Element(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title, string? Exam);

    /// <summary>The outline elements of the given framework versions, in tree order, with their framework.</summary>
    public static async Task<IReadOnlyList<(Guid FrameworkId, Element Element)>> OfAsync(SillageDb db, IReadOnlyCollection<Guid> frameworkIds,
        CancellationToken cancellationToken = default) =>
        (await db.FrameworkElements.AsNoTracking()
            .Where(e => frameworkIds.Contains(e.FrameworkId)
                        && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .OrderBy(e => e.SortOrder)
            .Select(e => new { e.FrameworkId, e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Exam })
            .ToListAsync(cancellationToken))
        .Select(e => (e.FrameworkId, new Element(e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Exam)))
        .ToList();

    /// <summary>The outline of one framework version, in tree order.</summary>
    public static async Task<IReadOnlyList<Element>> OfAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default) =>
        (await OfAsync(db, [frameworkId], cancellationToken)).Select(e => e.Element).ToList();
}
