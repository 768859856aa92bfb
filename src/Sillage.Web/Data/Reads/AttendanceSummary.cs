using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;

namespace Sillage.Web.Data.Reads;

/// <summary>A learner's attendance over a cohort's sessions: the sessions that concerned them (the whole cohort's
/// and their group's), absences with the hours missed, lateness, and what was not justified.</summary>
public sealed record AttendanceSummary(Guid LearnerId, int Sessions, int Absences, decimal HoursMissed, int UnjustifiedAbsences, int Lates, int LateMinutes, int UnjustifiedLates,
    decimal HoursDue = 0)
{
    public decimal Rate => Sessions == 0 ? 100 : Math.Round((Sessions - Absences) * 100m / Sessions, 1);

    /// <summary>One learner's summary in one cohort (the card of the dashboard, the PFMP and certification records).</summary>
    public static async Task<AttendanceSummary?> ForLearnerAsync(SillageDb db, Guid cohortId, Guid learnerId, DateOnly until, CancellationToken cancellationToken = default) =>
        (await ForCohortAsync(db, cohortId, until, [learnerId], cancellationToken)).SingleOrDefault();

    /// <summary>Summaries of the cohort's learners (or the given ones) over sessions up to <paramref name="until"/>; two queries.</summary>
    public static async Task<IReadOnlyList<AttendanceSummary>> ForCohortAsync(SillageDb db, Guid cohortId, DateOnly until, IReadOnlyCollection<Guid>? learners = null,
        CancellationToken cancellationToken = default)
    {
        var members = await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner && (learners == null || learners.Contains(m.PersonId)))
            .Select(m => new { m.PersonId, m.GroupId }).ToListAsync(cancellationToken);
        var ids = members.Select(m => m.PersonId).ToList();
        var groups = members.Where(m => m.GroupId != null).Select(m => m.GroupId).Distinct().ToList();
        var sessions = await db.ClassSessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Date <= until)
            .Where(s => learners == null || s.GroupId == null || groups.Contains(s.GroupId) || s.Attendance.Any(a => ids.Contains(a.LearnerId)))
            .Select(s => new
            {
                s.GroupId, s.DurationMinutes,
                Marks = s.Attendance.Where(a => ids.Contains(a.LearnerId)).Select(a => new { a.LearnerId, a.Status, a.Justified, a.LateMinutes }).ToList(),
            }).ToListAsync(cancellationToken);
        return members.Select(m =>
        {
            var due = sessions.Where(s => s.GroupId is null || s.GroupId == m.GroupId || s.Marks.Any(x => x.LearnerId == m.PersonId)).ToList();
            var marks = due.SelectMany(s => s.Marks.Where(x => x.LearnerId == m.PersonId).Select(x => (x.Status, x.Justified, x.LateMinutes, s.DurationMinutes))).ToList();
            var absences = marks.Where(x => x.Status == AttendanceStatus.Absent).ToList();
            var lates = marks.Where(x => x.Status == AttendanceStatus.Late).ToList();
            return new AttendanceSummary(m.PersonId, due.Count, absences.Count, absences.Sum(x => x.DurationMinutes) / 60m, absences.Count(x => !x.Justified),
                lates.Count, lates.Sum(x => x.LateMinutes ?? 0), lates.Count(x => !x.Justified), due.Sum(s => s.DurationMinutes) / 60m);
        }).ToList();
    }
}
