using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Projet;

/// <summary>The CRCN's 5 domaines and 16 compétences, read from the shipped CRCN référentiel (its newest version): the
/// list Pix results are recorded against.</summary>
public sealed record CrcnList(IReadOnlyList<CrcnList.Domain> Domains)
{
    public sealed record Domain(string Code, string Title, IReadOnlyList<(string Code, string Title)> Competences);

    public IReadOnlyList<string> Codes => Domains.SelectMany(d => d.Competences).Select(c => c.Code).ToList();

    public static async Task<CrcnList> LoadAsync(SillageDb db, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Code == "crcn").OrderByDescending(f => f.ImportedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        var elements = framework is null ? [] : await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == framework)
            .Select(e => new { e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.SortOrder }).ToListAsync(cancellationToken);
        var domains = elements.Where(e => e.ParentId == null).OrderBy(e => e.SortOrder).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select(d => new Domain(d.Code, d.Title, elements.Where(c => c.ParentId == d.Id && c.Kind == ElementKind.Competence)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).Select(c => (c.Code, c.Title)).ToList()))
            .ToList();
        return new CrcnList(domains);
    }
}
