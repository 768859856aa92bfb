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

/// <summary>
/// Planned versus done for a cohort: hours per bloc, English and outside speakers against the plan's figures and
/// the guide's ranges, week by week, with the alerts (a bloc behind, 400 hours out of reach); each teacher's
/// hours; and the programmation — the situations on the calendar with the hours their sessions took.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class ProgressModel(SillageDb db, CahierAccess cahier, SchoolClock clock) : PageModel
{
    public CahierCohort Cohort { get; private set; } = null!;
    public CohortContext Context { get; private set; } = null!;
    public TeachingHours Hours { get; private set; } = null!;
    public PlannedVersusDone? Progress { get; private set; }
    public IReadOnlyList<(string Name, decimal Hours, int Sessions)> Teachers { get; private set; } = [];
    public IReadOnlyList<ProgrammedSituation> Programme { get; private set; } = [];
    public int SessionCount { get; private set; }

    /// <summary>Hours of the partnership events where a professional spoke in class (counted with the speakers).</summary>
    public decimal EventSpeakerHours { get; private set; }
    public int JointCount { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        if (await cahier.CohortAsync(cohortId, cancellationToken) is not { IsLearner: false } cohort)
        {
            return NotFound();
        }

        Cohort = cohort;
        Today = clock.Today;
        Context = await cahier.ContextAsync(cohort.Cohort, cancellationToken);
        var outline = await cahier.OutlineAsync(cohort.Cohort.FrameworkId, cancellationToken);
        var sessions = await db.ClassSessions.AsNoTracking().Where(s => s.CohortId == cohortId)
            .Select(s => new
            {
                s.Id, s.Date, s.DurationMinutes, s.GroupId, s.InEnglish, s.Kind, s.SituationId,
                Teachers = s.Teachers.Select(t => t.TeacherId).ToList(),
                Elements = s.Elements.Select(e => e.ElementId).ToList(),
            }).AsSplitQuery().ToListAsync(cancellationToken);
        var groupCount = await db.Groups.CountAsync(g => g.CohortId == cohortId, cancellationToken);
        var facts = sessions.Select(s => new SessionHours(s.Id, s.Date, s.DurationMinutes, s.GroupId, s.Teachers,
            s.Elements.Select(e => outline.BlockOf.GetValueOrDefault(e)).OfType<string>().Distinct().ToList(), s.InEnglish, s.Kind == SessionKind.Speaker, s.SituationId)).ToList();
        // Outside speakers' sessions recorded as partnership events (not through the cahier) count in the speakers' hours.
        var events = await Sillage.Web.Pages.Partners.SpeakerHours.ForCohortAsync(db, cohortId, cancellationToken);
        facts.AddRange(events.Select(e => new SessionHours(Guid.Empty, e.Date, (int)Math.Round(e.Hours * 60), null, [], [], false, true)));
        EventSpeakerHours = events.Sum(e => e.Hours);
        Hours = TeachingHours.Compute(facts, groupCount);
        SessionCount = sessions.Count;
        JointCount = sessions.Count(s => s.Teachers.Count > 1 || s.Kind == SessionKind.TracesWorkshop);
        if (Context.Plan is { } plan && Context.Calendar is { } calendar)
        {
            Progress = PlannedVersusDone.Build(plan, calendar, Hours, Today);
        }

        var names = (await cahier.TeachersAsync(cohortId, cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var missing = Hours.ByTeacher.Keys.Where(k => !names.ContainsKey(k)).ToList();
        foreach (var u in await db.Users.Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, Name = u.FirstName + " " + u.LastName }).ToListAsync(cancellationToken))
        {
            names[u.Id] = u.Name;
        }

        Teachers = Hours.ByTeacher.Select(t => (names.GetValueOrDefault(t.Key, "—"), t.Value, sessions.Count(s => s.Teachers.Contains(t.Key))))
            .OrderBy(t => t.Item1, StringComparer.CurrentCulture).ToList();
        var assignments = await db.SituationAssignments.AsNoTracking().Where(a => a.CohortId == cohortId)
            .Join(db.Situations, a => a.SituationId, s => s.Id, (a, s) => new { s.Id, Code = s.Code ?? "", s.Title, a.Start, a.End })
            .ToListAsync(cancellationToken);
        var situationIds = assignments.Select(a => a.Id).Union(sessions.Select(s => s.SituationId).OfType<Guid>()).ToList();
        var titles = await db.Situations.Where(s => situationIds.Contains(s.Id)).Select(s => new { s.Id, Code = s.Code ?? "", s.Title }).ToListAsync(cancellationToken);
        Programme = titles.Select(t =>
        {
            var own = sessions.Where(s => s.SituationId == t.Id).ToList();
            var periods = assignments.Where(a => a.Id == t.Id).Select(a => (a.Start, a.End)).OrderBy(p => p.Start).ToList();
            return new ProgrammedSituation(t.Id, t.Code, t.Title, periods, own.Count, Hours.BySituation.GetValueOrDefault(t.Id),
                own.Count == 0 ? null : own.Min(s => s.Date), own.Count == 0 ? null : own.Max(s => s.Date),
                own.Select(s => Weekday.Monday(s.Date)).ToHashSet());
        }).OrderBy(p => p.Periods.Count == 0 ? p.FirstSession : p.Periods[0].Start).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        return Page();
    }

    public sealed record ProgrammedSituation(Guid Id, string Code, string Title, IReadOnlyList<(DateOnly Start, DateOnly End)> Periods, int Sessions, decimal Hours,
        DateOnly? FirstSession, DateOnly? LastSession, IReadOnlySet<DateOnly> Weeks)
    {
        public bool Planned(DateOnly monday) => Periods.Any(p => p.Start <= monday.AddDays(4) && p.End >= monday);
    }
}
