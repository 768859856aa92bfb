using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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

    /// <summary>
    /// Outlines already read, per framework version. A version's elements are never changed in place (a re-imported
    /// version is a new framework with new ids; a version used by a cohort cannot be re-imported), so an outline read
    /// once stays true on every instance: the pages that show the framework on every request (dossier filters,
    /// coverage, heatmap, dashboards) read it from memory.
    /// </summary>
    private static readonly MemoryCache Outlines = new(new MemoryCacheOptions { SizeLimit = 500 });

    /// <summary>The outline elements of the given framework versions, version after version, each in tree order.</summary>
    public static async Task<IReadOnlyList<(Guid FrameworkId, Element Element)>> OfAsync(SillageDb db, IReadOnlyCollection<Guid> frameworkIds,
        CancellationToken cancellationToken = default)
    {
        var result = new List<(Guid, Element)>();
        foreach (var frameworkId in frameworkIds.Distinct())
        {
            result.AddRange((await OfAsync(db, frameworkId, cancellationToken)).Select(e => (frameworkId, e)));
        }

        return result;
    }

    /// <summary>The outline of one framework version, in tree order.</summary>
    public static async Task<IReadOnlyList<Element>> OfAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default)
    {
        if (Outlines.TryGetValue(frameworkId, out IReadOnlyList<Element>? known) && known is not null)
        {
            return known;
        }

        var outline = (await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == frameworkId
                        && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .OrderBy(e => e.SortOrder)
            .Select(e => new Element(e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Exam))
            .ToListAsync(cancellationToken)).AsReadOnly();
        // An unknown id (or a framework still being written) is not remembered.
        if (outline.Count > 0)
        {
            Outlines.Set(frameworkId, (IReadOnlyList<Element>)outline, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
        }

        return outline;
    }
}
