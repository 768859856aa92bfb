using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Career;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Projet;

/// <summary>
/// Where a follow-up link leads: a learner who left answers, without an account, where they stand 6 or 12 months after
/// the training. The page shows the learner's first name and the form, nothing else; the token travels in the form,
/// never in a cookie, and opens nothing beyond this answer.
/// </summary>
[AllowAnonymous]
public sealed class GraduateAnswerModel(SillageDb db, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public enum State { Invalid, Expired, Revoked, Valid, Answered }

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Token { get; set; }

    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public State Status { get; private set; }
    public string? FirstName { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public IReadOnlyList<FollowUpMilestone> DueMilestones { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var link = await LoadAsync();
        if (link is not null)
        {
            Input.ObservedOn = clock.Today;
            Input.Milestone = DueMilestones.LastOrDefault(FollowUpMilestone.SixMonths);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var link = await LoadAsync();
        if (link is null || LeftOn is not { } leftOn)
        {
            return Page();
        }

        if (!Input.Check(ModelState, l, "Input.", leftOn, clock.Today))
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await Input.ApplyAsync(db, link.LearnerId, null, now);
        await db.FollowUpLinks.Where(k => k.Id == link.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now));
        audit.Record("followup.situation-answered", link.LearnerId, $"{(int)Input.Milestone} mois", actorId: link.LearnerId);
        await db.SaveChangesAsync();
        Status = State.Answered;
        return Page();
    }

    private async Task<FollowUpLink?> LoadAsync()
    {
        var hash = string.IsNullOrEmpty(Token) || Token.Length > 100 ? null : AccessToken.Hash(Token);
        var link = hash is null ? null : await db.FollowUpLinks.AsNoTracking().SingleOrDefaultAsync(k => k.TokenHash == hash);
        var now = clock.GetUtcNow().UtcDateTime;
        Status = link is null ? State.Invalid : link.RevokedAt is not null ? State.Revoked : link.ExpiresAt <= now ? State.Expired : State.Valid;
        if (Status != State.Valid)
        {
            return null;
        }

        var learner = await db.Users.AsNoTracking().Where(u => u.Id == link!.LearnerId && u.ErasedAt == null).Select(u => new { u.FirstName, u.DeactivatedAt }).SingleOrDefaultAsync();
        if (learner is null)
        {
            Status = State.Invalid;
            return null;
        }

        var cohorts = await db.CohortMembers.AsNoTracking().Where(m => m.PersonId == link!.LearnerId && m.Role == CohortRole.Learner)
            .Join(db.Cohorts, m => m.CohortId, c => c.Id, (_, c) => new FollowUpRules.Membership(c.SchoolYear, c.Archived)).ToListAsync();
        FirstName = learner.FirstName;
        LeftOn = FollowUpRules.LeftOn(cohorts, learner.DeactivatedAt is { } at ? clock.ToSchoolDate(at) : null);
        var today = clock.Today;
        DueMilestones = LeftOn is { } left ? Enum.GetValues<FollowUpMilestone>().Where(m => FollowUpRules.DueOn(left, m) <= today).ToList() : [];
        return link;
    }
}
