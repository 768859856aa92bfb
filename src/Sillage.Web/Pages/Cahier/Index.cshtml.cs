using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Plan;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cahier;

/// <summary>The cahier de textes of a cohort, a week at a time: each day's sessions, the holidays and PFMP weeks of
/// the plan's calendar, the situations under way; teachers add a session from a day (or from a situation, its
/// compétences ticked). Learners read their cohort's and their group's sessions with the work to do.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class IndexModel(SillageDb db, CahierAccess cahier, SchoolClock clock) : PageModel
{
    public CahierCohort Cohort { get; private set; } = null!;
    public DateOnly Monday { get; private set; }
    public DateOnly Today { get; private set; }
    public PlanWeek? PlanWeek { get; private set; }
    public IReadOnlyList<DayView> Days { get; private set; } = [];
    public IReadOnlyList<CurrentSituation> Situations { get; private set; } = [];
    public decimal WeekHours { get; private set; }
    public decimal WeekSpeakerHours { get; private set; }
    public decimal? WeekPlanned { get; private set; }
    public CohortDates Dates { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid cohortId, DateOnly? semaine, CancellationToken cancellationToken)
    {
        if (await cahier.CohortAsync(cohortId, cancellationToken) is not { } cohort)
        {
            return NotFound();
        }

        Cohort = cohort;
        Today = clock.Today;
        var context = await cahier.ContextAsync(cohort.Cohort, cancellationToken);
        Dates = context.Dates;
        var day = semaine ?? (Today < Dates.First ? Dates.First : Today > Dates.Last ? Dates.Last : Today);
        Monday = Weekday.Monday(day);
        var saturday = Monday.AddDays(5);
        PlanWeek = context.Calendar?.Weeks.FirstOrDefault(w => w.Monday == Monday);
        var monday = Monday;
        var sessions = await cahier.Sessions(cohort).AsNoTracking().Where(s => s.Date >= monday && s.Date <= saturday)
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new
            {
                s.Id, s.Date, s.Start, s.DurationMinutes, s.Kind, s.InEnglish, s.GroupId, s.Content, s.Homework, s.Speaker,
                Group = db.Groups.Where(g => g.Id == s.GroupId).Select(g => g.Name).SingleOrDefault(),
                Situation = db.Situations.Where(x => x.Id == s.SituationId).Select(x => x.Code ?? x.Title).SingleOrDefault(),
                Teachers = s.Teachers.Join(db.Users, t => t.TeacherId, u => u.Id, (t, u) => u.FirstName + " " + u.LastName).ToList(),
                Elements = s.Elements.Join(db.FrameworkElements, e => e.ElementId, f => f.Id, (e, f) => f.Code).ToList(),
                Absent = s.Attendance.Count(a => a.Status == AttendanceStatus.Absent),
                Late = s.Attendance.Count(a => a.Status == AttendanceStatus.Late),
            }).AsSplitQuery().ToListAsync(cancellationToken);
        var groupCount = await db.Groups.CountAsync(g => g.CohortId == cohortId, cancellationToken);
        var hours = TeachingHours.Compute(sessions.Select(s => new SessionHours(s.Id, s.Date, s.DurationMinutes, s.GroupId, [], s.Elements,
            s.InEnglish, s.Kind == SessionKind.Speaker)), cohort.IsLearner ? 0 : groupCount);
        WeekHours = hours.Total;
        WeekSpeakerHours = hours.Speakers;
        if (context.Plan is { } plan && PlanWeek is { Kind: PlanWeekKind.School } week)
        {
            WeekPlanned = Math.Round(PlannedVersusDone.PlannedHours(plan, week), 1);
        }

        Days = Enumerable.Range(0, 6).Select(i => Monday.AddDays(i))
            .Where(d => d.DayOfWeek != DayOfWeek.Saturday || sessions.Any(s => s.Date == d))
            .Select(d => new DayView(d, context.Holidays.FirstOrDefault(h => h.Start <= d && d <= h.End)?.Name,
                d >= Dates.First && d <= Dates.Last,
                sessions.Where(s => s.Date == d).Select(s => new SessionCard(s.Id, s.Start, s.Start.AddMinutes(s.DurationMinutes), s.DurationMinutes, s.Kind, s.InEnglish,
                    s.Group, s.Situation, s.Teachers, s.Elements.Order(StringComparer.Ordinal).ToList(), s.Content, s.Homework, s.Speaker, s.Absent, s.Late)).ToList()))
            .ToList();
        var me = User.UserId();
        var current = await db.SituationAssignments.AsNoTracking()
            .Where(a => a.CohortId == cohortId && a.Start <= saturday && a.End >= monday
                        && (!cohort.IsLearner || a.Scope == Domain.Situations.AssignmentScope.Cohort || a.GroupId == cohort.LearnerGroupId
                            || a.Learners.Any(x => x.LearnerId == me)))
            .Join(db.Situations, a => a.SituationId, s => s.Id, (a, s) => new { s.Id, Code = s.Code ?? s.Title, s.Title, a.Start, a.End })
            .ToListAsync(cancellationToken);
        Situations = current.Select(s => new CurrentSituation(s.Id, s.Code, s.Title, s.Start, s.End)).Distinct().OrderBy(s => s.Start).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        return Page();
    }

    public string WeekParam(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record DayView(DateOnly Date, string? Holiday, bool InTraining, IReadOnlyList<SessionCard> Sessions);

    public sealed record SessionCard(Guid Id, TimeOnly Start, TimeOnly End, int Minutes, SessionKind Kind, bool InEnglish, string? Group, string? Situation,
        IReadOnlyList<string> Teachers, IReadOnlyList<string> Elements, string Content, string? Homework, string? Speaker, int Absent, int Late);

    public sealed record CurrentSituation(Guid Id, string Code, string Title, DateOnly Start, DateOnly End);
}
