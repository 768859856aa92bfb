using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Pages.Jury;

/// <summary>"Mes sessions d'examen": the sessions the jury member sits in, and — while one is open — its candidates.</summary>
[Authorize(Policy = Policies.Jury)]
public sealed class IndexModel(SillageDb db, JuryAccess jury, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public DateTime Now { get; private set; }

    /// <summary>When the member came in through a jury link: until when it opens the space.</summary>
    public DateTime? LinkExpiresAt { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        if (User.LinkId(JuryLinkAuthentication.LinkClaim) is { } linkId)
        {
            LinkExpiresAt = await db.JuryLinks.Where(k => k.Id == linkId).Select(k => (DateTime?)k.ExpiresAt).SingleOrDefaultAsync();
        }

        var me = User.UserId();
        var sessions = await jury.MySessions().AsNoTracking().OrderBy(s => s.StartsAt)
            .Join(db.FrameworkElements, s => s.BlockId, e => e.Id, (s, e) => new { s, e.Code, e.Title, e.Exam })
            .ToListAsync();
        var ids = sessions.Select(x => x.s.Id).ToList();
        var candidates = await db.ExamCandidates.AsNoTracking().Where(c => ids.Contains(c.SessionId))
            .Join(db.Users, c => c.LearnerId, u => u.Id, (c, u) => new { c.Id, c.SessionId, c.Number, Name = u.LastName + " " + u.FirstName,
                Evaluated = db.JuryEvaluations.Any(e => e.CandidateId == c.Id && e.JurorId == me) })
            .ToListAsync();
        Sessions = sessions.Select(x => new SessionRow(x.s.Id, x.s.Title, x.Code, x.Title, x.Exam, x.s.StartsAt, x.s.EndsAt, x.s.AnonymizeCandidates, x.s.IsOpen(Now),
                candidates.Where(c => c.SessionId == x.s.Id)
                    .Select(c => new CandidateRow(c.Id, c.Number, x.s.AnonymizeCandidates ? null : c.Name, c.Evaluated))
                    .OrderBy(c => c.Number, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Ends a link session (an account session ends with the usual sign-out).</summary>
    public async Task<IActionResult> OnPostLeaveAsync()
    {
        await HttpContext.SignOutAsync(Policies.JuryLinkScheme);
        return RedirectToPage("/Jury/Access", new { sortie = 1 });
    }

    public sealed record SessionRow(Guid Id, string Title, string BlockCode, string BlockTitle, string? Exam, DateTime StartsAt, DateTime EndsAt, bool Masked, bool IsOpen, IReadOnlyList<CandidateRow> Candidates);

    public sealed record CandidateRow(Guid Id, string Number, string? Name, bool Evaluated);
}
