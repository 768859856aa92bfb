using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>The tutor's home: the learners placed with them (and nobody else), with what waits for them.</summary>
[Authorize(Policy = Policies.TutorSpace)]
public sealed class IndexModel(SillageDb db, PfmpAccess access, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Learner, string Host, DateOnly Start, DateOnly End, ConventionStatus Status, bool ToSign, bool ToAppraise);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateTime? LinkExpiresAt { get; private set; }

    public async Task OnGetAsync()
    {
        var today = PfmpAccess.Today(clock);
        var periods = await access.TutoredPeriods().AsNoTracking().Include(p => p.Convention).ThenInclude(c => c.Events).OrderBy(p => p.Start)
            .Join(db.Users, p => p.LearnerId, u => u.Id, (p, u) => new { Period = p, u.FirstName, u.LastName })
            .Join(db.HostOrganisations, x => x.Period.HostOrganisationId, h => h.Id, (x, h) => new { x.Period, x.FirstName, x.LastName, Host = h.Name })
            .ToListAsync();
        Rows = periods.Select(x => new Row(x.Period.Id, $"{x.FirstName} {x.LastName}", x.Host, x.Period.Start, x.Period.End, x.Period.Convention.Status,
            x.Period.Convention.CanSign(ConventionParty.HostOrganisation),
            x.Period.Convention.IsSigned && x.Period.Start <= today && x.Period.AppraisedAt is null)).ToList();
        if (User.LinkId(TutorLinkAuthentication.LinkClaim) is { } linkId)
        {
            LinkExpiresAt = await db.TutorLinks.Where(k => k.Id == linkId).Select(k => (DateTime?)k.ExpiresAt).SingleOrDefaultAsync();
        }
    }

    /// <summary>Ends a link session (an account session ends with the usual sign-out).</summary>
    public async Task<IActionResult> OnPostLeaveAsync()
    {
        await HttpContext.SignOutAsync(Policies.TutorLinkScheme);
        return RedirectToPage("/Pfmp/Tutor/Access", new { sortie = 1 });
    }
}
