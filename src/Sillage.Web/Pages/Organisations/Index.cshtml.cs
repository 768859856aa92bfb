using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Organisations;

[Authorize(Policy = Policies.School)]
public sealed class IndexModel(SillageDb db, CohortAccess access) : PageModel
{
    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var establishment = User.IsInRole(Roles.Admin) ? null : await access.EstablishmentAsync();
        var isAdmin = User.IsInRole(Roles.Admin);
        Organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.EstablishmentId == null || isAdmin || o.EstablishmentId == establishment)
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.Activity, o.People.Count, o.Sites.Count))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, string? Activity, int People, int Sites);
}
