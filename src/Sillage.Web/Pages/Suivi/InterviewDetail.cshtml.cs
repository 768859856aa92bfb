using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Suivi;

/// <summary>An interview report, for the learner and the staff who follow them.</summary>
[Authorize(Policy = Policies.School)]
public sealed class InterviewDetailModel(SillageDb db, CohortAccess access) : PageModel
{
    public Interview Interview { get; private set; } = null!;
    public string LearnerName { get; private set; } = "";
    public IReadOnlyList<string> Participants { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, bool Deleted)> Traces { get; private set; } = [];
    public IReadOnlyList<(string Element, string Level, string? Comment)> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var interview = await db.Interviews.AsNoTracking().Include(i => i.Actions).Include(i => i.Participants).Include(i => i.Traces).SingleOrDefaultAsync(i => i.Id == id);
        if (interview is null || await access.LearnerCohortAsync(interview.LearnerId, interview.CohortId) != interview.CohortId)
        {
            return NotFound();
        }

        Interview = interview;
        LearnerName = await db.Users.Where(u => u.Id == interview.LearnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        var ids = interview.Participants.Select(p => p.PersonId).ToList();
        Participants = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.FirstName + " " + u.LastName).ToListAsync();
        var traceIds = interview.Traces.Select(t => t.TraceId).ToList();
        Traces = (await db.Traces.AsNoTracking().Where(t => traceIds.Contains(t.Id) && t.LearnerId == interview.LearnerId)
                .OrderBy(t => t.ActivityDate).Select(t => new { t.Id, t.Title, Deleted = t.DeletedAt != null }).ToListAsync())
            .Select(t => (t.Id, t.Title, t.Deleted)).ToList();
        var frameworkId = await db.Cohorts.Where(c => c.Id == interview.CohortId).Select(c => c.FrameworkId).SingleAsync();
        var scale = await CohortSuivi.LoadScaleAsync(db, frameworkId);
        Positions = (await db.Assessments.AsNoTracking().Where(a => a.Context == AssessmentContext.Interview && a.ContextId == id)
                .Join(db.FrameworkElements, a => a.ElementId, e => e.Id, (a, e) => new { e.Code, e.Title, a.Level, a.Comment }).ToListAsync())
            .Select(p => ($"{p.Code} – {p.Title}", scale.FirstOrDefault(s => s.Rank == p.Level)?.Label ?? p.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Comment))
            .ToList();
        return Page();
    }
}
