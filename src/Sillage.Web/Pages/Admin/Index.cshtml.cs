using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Admin;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(SillageDb db) : PageModel
{
    public int Establishments { get; private set; }
    public int People { get; private set; }
    public int Cohorts { get; private set; }
    public int Frameworks { get; private set; }
    public int Outbox { get; private set; }

    public async Task OnGetAsync()
    {
        Establishments = await db.Establishments.CountAsync();
        People = await db.Users.CountAsync();
        Cohorts = await db.Cohorts.CountAsync();
        Frameworks = await db.Frameworks.CountAsync();
        Outbox = await db.OutboxEmails.CountAsync(e => e.SentAt == null);
    }
}
