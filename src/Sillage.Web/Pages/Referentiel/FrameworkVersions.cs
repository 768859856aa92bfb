using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>Reads shared by comparing two versions of a framework and moving a cohort from one to another.</summary>
public static class FrameworkVersions
{
    /// <summary>The versions a cohort on <paramref name="current"/> may move to: the same framework code, imported
    /// later, shared or published by the cohort's establishment. The one place that says which versions are offered.</summary>
    public static IQueryable<Framework> CandidateVersions(SillageDb db, Framework current, Guid establishmentId) =>
        db.Frameworks.Where(f => f.Code == current.Code && f.Id != current.Id && f.ImportedAt > current.ImportedAt
                                 && (f.EstablishmentId == null || f.EstablishmentId == establishmentId));

    /// <summary>Every element of a version (all kinds), in tree order.</summary>
    public static async Task<IReadOnlyList<VersionElement>> ElementsAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default) =>
        await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == frameworkId).OrderBy(e => e.SortOrder)
            .Select(e => new VersionElement(e.Id, e.ParentId, e.Kind, e.Code, e.Title)).ToListAsync(cancellationToken);

    /// <summary>The mastery levels of a version, by rank.</summary>
    public static async Task<IReadOnlyList<(string Code, string Title)>> LevelsAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default) =>
        (await db.FrameworkLevels.AsNoTracking().Where(l => l.FrameworkId == frameworkId).OrderBy(l => l.Rank)
            .Select(l => new { l.Code, l.Title }).ToListAsync(cancellationToken)).Select(l => (l.Code, l.Title)).ToList();
}
