using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>A learner's partnership events: those they took part in, with the partners met.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MineModel(SillageDb db, PartnershipAccess access) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(DateOnly Date, PartnershipKind Kind, string Title, string? Place, List<string> Partners);

    public async Task OnGetAsync() =>
        Rows = await access.OwnEvents().AsNoTracking().OrderByDescending(a => a.Date).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new Row(a.Date, a.Kind, a.Title, a.Place,
                a.Partners.Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (_, h) => h.Name).OrderBy(n => n).ToList()))
            .ToListAsync();
}
