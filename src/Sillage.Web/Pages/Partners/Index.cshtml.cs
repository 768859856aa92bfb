using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Partners;

/// <summary>The directory of host structures and partners of the establishment, searchable by name, city or sector.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, PfmpAccess access) : PageModel
{
    private const string QueryParameter = "q";
    private const string KindParameter = "type";

    [BindProperty(SupportsGet = true, Name = QueryParameter)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = KindParameter)]
    public HostKind? Kind { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public sealed record Row(Guid Id, string Name, HostKind Kind, string? City, string? Sector, string? Siret, int Contacts, int Placements, DateOnly? LastAction);

    public async Task OnGetAsync()
    {
        // A directory holds hundreds of structures at most: read once, then fold accents for the search.
        var rows = await access.VisibleHosts().AsNoTracking().OrderBy(h => h.Name)
            .Select(h => new Row(h.Id, h.Name, h.Kind, h.City, h.Sector, h.Siret, h.Contacts.Count,
                db.PfmpPeriods.Count(p => p.HostOrganisationId == h.Id), db.PartnershipActions.Where(a => a.Partners.Any(p => p.HostOrganisationId == h.Id)).Max(a => (DateOnly?)a.Date)))
            .ToListAsync();
        Total = rows.Count;
        var folded = TextFolding.Fold(Query?.Trim());
        Rows = rows.Where(r => (Kind is null || r.Kind == Kind)
                               && (folded.Length == 0 || TextFolding.Contains(r.Name, folded) || TextFolding.Contains(r.City, folded)
                                   || TextFolding.Contains(r.Sector, folded) || (r.Siret ?? "").Contains(Siret.Normalize(folded), StringComparison.Ordinal)))
            .OrderBy(r => TextFolding.Fold(r.Name), StringComparer.Ordinal).ToList();
    }
}
