using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>"Mes sessions d'examen": the sessions the jury member sits in, and — while one is open — its candidates.</summary>
[Authorize(Policy = Policies.Jury)]
public sealed class IndexModel(SillageDb db, JuryAccess jury, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JurySessions.SessionRow> Sessions { get; private set; } = [];
    public DateTime Now { get; private set; }

    /// <summary>When the member came in through a jury link: until when it opens the space.</summary>
    public DateTime? LinkExpiresAt { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        LinkExpiresAt = await db.LinkExpiresAtAsync<JuryLink>(User, JuryLinkAuthentication.Space);

        Sessions = await JurySessions.LoadAsync(db, jury, Now);
    }

    /// <summary>Ends a link session (an account session ends with the usual sign-out).</summary>
    public Task<IActionResult> OnPostLeaveAsync() => this.LeaveAsync(JuryLinkAuthentication.Space);
}
