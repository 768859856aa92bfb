using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cahier;

/// <summary>A session of the cahier de textes; its teachers (and the référent) take the register here: absent or
/// late (minutes), justified or not, with the reason. Learners read the session and their own mark only.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class SessionModel(SillageDb db, CahierAccess cahier, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public ClassSession Session { get; private set; } = null!;
    public CahierCohort Cohort { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string? GroupName { get; private set; }
    public string? SituationTitle { get; private set; }
    public string? MissionTitle { get; private set; }
    public IReadOnlyList<string> TeacherNames { get; private set; } = [];
    public IReadOnlyList<OutlineElement> Elements { get; private set; } = [];
    public IReadOnlyList<CahierPerson> Learners { get; private set; } = [];
    public string? UpdatedBy { get; private set; }
    public bool InFuture { get; private set; }

    [BindProperty]
    public List<AttendanceRow> Rows { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Session.Version;
        Rows = Learners.Select(p => Session.Attendance.FirstOrDefault(a => a.LearnerId == p.Id) is { } a
            ? new AttendanceRow { LearnerId = p.Id, Status = a.Status == AttendanceStatus.Absent ? "absent" : "late", LateMinutes = a.LateMinutes, Justified = a.Justified, Reason = a.Reason }
            : new AttendanceRow { LearnerId = p.Id, Status = "present" }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        if (Rows.Any(r => Learners.All(p => p.Id != r.LearnerId)) || Rows.GroupBy(r => r.LearnerId).Any(g => g.Count() > 1))
        {
            return NotFound();
        }

        if (InFuture)
        {
            ModelState.AddModelError("", l["La séance n'a pas encore eu lieu : l'appel se fait le jour même ou après."]);
        }

        if (Version != Session.Version)
        {
            ModelState.AddModelError("", l["La séance a été modifiée entre-temps (contenu ou appel) : rechargez la page pour repartir de sa dernière version (vos changements ne sont pas enregistrés)."]);
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var name = Learners.First(p => p.Id == row.LearnerId).Name;
            if (row.Status is not ("present" or "absent" or "late"))
            {
                ModelState.AddModelError($"Rows[{i}].Status", l["{0} : choisissez présent(e), absent(e) ou en retard.", name]);
            }
            else if (row.Status == "late" && (row.LateMinutes is null || row.LateMinutes < 1 || row.LateMinutes > SessionAttendance.MaxLateMinutes))
            {
                ModelState.AddModelError($"Rows[{i}].LateMinutes", l["{0} : saisissez le retard en minutes (de 1 à {1}).", name, SessionAttendance.MaxLateMinutes]);
            }

            if (row.Reason?.Trim().Length > SessionAttendance.MaxReasonLength)
            {
                ModelState.AddModelError($"Rows[{i}].Reason", l["{0} : le motif fait {1} caractères au plus.", name, SessionAttendance.MaxReasonLength]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = User.UserId();
        foreach (var row in Rows)
        {
            var existing = Session.Attendance.FirstOrDefault(a => a.LearnerId == row.LearnerId);
            if (row.Status == "present")
            {
                if (existing is not null)
                {
                    Session.Attendance.Remove(existing);
                }

                continue;
            }

            var status = row.Status == "absent" ? AttendanceStatus.Absent : AttendanceStatus.Late;
            var reason = string.IsNullOrWhiteSpace(row.Reason) ? null : row.Reason.Trim();
            var minutes = status == AttendanceStatus.Late ? row.LateMinutes : null;
            if (existing is null)
            {
                Session.Attendance.Add(new SessionAttendance
                {
                    SessionId = Session.Id, LearnerId = row.LearnerId, Status = status, LateMinutes = minutes, Justified = row.Justified, Reason = reason,
                    RecordedAt = now, RecordedById = me,
                });
            }
            else if (existing.Status != status || existing.LateMinutes != minutes || existing.Justified != row.Justified || existing.Reason != reason)
            {
                (existing.Status, existing.LateMinutes, existing.Justified, existing.Reason, existing.RecordedAt, existing.RecordedById) = (status, minutes, row.Justified, reason, now, me);
            }
        }

        Session.Version++;
        Session.UpdatedAt = now;
        Session.UpdatedById = me;
        audit.Record("cahier.attendance-recorded", Session.Id, $"{Cohort.Cohort.Name} {Session.Date:yyyy-MM-dd} {Session.Start:HH\\:mm}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["La séance a été modifiée entre-temps (contenu ou appel) : rechargez la page pour repartir de sa dernière version (vos changements ne sont pas enregistrés)."]);
            return Page();
        }

        var absent = Rows.Count(r => r.Status == "absent");
        var late = Rows.Count(r => r.Status == "late");
        TempData["Message"] = l["Appel enregistré : {0} absence(s), {1} retard(s).", absent, late].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.ClassSessions.Include(s => s.Teachers).Include(s => s.Elements).Include(s => s.Attendance).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || await cahier.CohortAsync(session.CohortId, cancellationToken) is not { } cohort)
        {
            return false;
        }

        if (cohort.IsLearner && session.GroupId is not null && session.GroupId != cohort.LearnerGroupId)
        {
            return false;
        }

        Session = session;
        Cohort = cohort;
        CanEdit = cahier.CanEdit(cohort, session);
        InFuture = session.Date > clock.Today;
        var ids = session.Teachers.Select(t => t.TeacherId).ToList();
        TeacherNames = await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.LastName).Select(u => u.FirstName + " " + u.LastName).ToListAsync(cancellationToken);
        GroupName = await db.Groups.Where(g => g.Id == session.GroupId).Select(g => g.Name).SingleOrDefaultAsync(cancellationToken);
        SituationTitle = await db.Situations.Where(s => s.Id == session.SituationId).Select(s => s.Code == null ? s.Title : s.Code + " — " + s.Title).SingleOrDefaultAsync(cancellationToken);
        MissionTitle = await db.Missions.Where(m => m.Id == session.MissionId).Select(m => m.Title).SingleOrDefaultAsync(cancellationToken);
        var outline = await cahier.OutlineAsync(cohort.Cohort.FrameworkId, cancellationToken);
        var elementIds = session.Elements.Select(e => e.ElementId).ToHashSet();
        Elements = outline.Elements.Where(e => elementIds.Contains(e.Id)).ToList();
        UpdatedBy = await db.Users.Where(u => u.Id == session.UpdatedById).Select(u => u.FirstName + " " + u.LastName).SingleOrDefaultAsync(cancellationToken);
        if (!cohort.IsLearner)
        {
            Learners = (await cahier.LearnersAsync(session.CohortId, cancellationToken)).Where(p => session.GroupId is null || p.GroupId == session.GroupId).ToList();
        }

        return true;
    }

    /// <summary>One learner's line of the register.</summary>
    public sealed class AttendanceRow
    {
        public Guid LearnerId { get; set; }

        /// <summary>present, absent or late.</summary>
        public string Status { get; set; } = "present";
        public int? LateMinutes { get; set; }
        public bool Justified { get; set; }
        public string? Reason { get; set; }
    }
}
