using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Organisations;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Organisations;

[Authorize(Policy = Policies.School)]
public sealed class IndexModel(OrganisationAccess access) : PageModel
{
    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organisations = await (await access.ReadableAsync()).AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.Activity, o.People.Count, o.Sites.Count))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, string? Activity, int People, int Sites);
}
