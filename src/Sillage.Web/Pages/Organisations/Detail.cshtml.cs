using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Organisations;

/// <summary>An organisation's context, sites and org chart (drawn from the reporting lines).</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, CohortAccess access) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public ILookup<Guid?, OrganisationPerson> Reports { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var isAdmin = User.IsInRole(Roles.Admin);
        var establishment = isAdmin ? null : await access.EstablishmentAsync();
        var organisation = await db.Organisations.AsNoTracking()
            .Include(o => o.Sites.OrderBy(s => s.SortOrder))
            .Include(o => o.People.OrderBy(p => p.SortOrder))
            .Where(o => o.EstablishmentId == null || isAdmin || o.EstablishmentId == establishment)
            .SingleOrDefaultAsync(o => o.Id == id);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Reports = organisation.People.ToLookup(p => p.ReportsToId);
        return Page();
    }
}
