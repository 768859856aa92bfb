using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>The tutor's home: the learners placed with them (and nobody else), with what waits for them.</summary>
[Authorize(Policy = Policies.TutorSpace)]
public sealed class IndexModel(SillageDb db, PfmpAccess access, SchoolClock clock) : PageModel
{
    public IReadOnlyList<TutoredLearners.Row> Rows { get; private set; } = [];
    public DateTime? LinkExpiresAt { get; private set; }

    public async Task OnGetAsync()
    {
        Rows = await TutoredLearners.LoadAsync(db, access, clock.Today);
        LinkExpiresAt = await db.LinkExpiresAtAsync<TutorLink>(User, TutorLinkAuthentication.Space);
    }

    /// <summary>Ends a link session (an account session ends with the usual sign-out).</summary>
    public Task<IActionResult> OnPostLeaveAsync() => this.LeaveAsync(TutorLinkAuthentication.Space);
}
