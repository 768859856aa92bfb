using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Data.Reads;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cahier;

/// <summary>
/// Attendance of a cohort from the cahier de textes' registers: each learner's absences (hours missed, justified
/// or not) and lateness, the detail of one learner, and the export for the school office (CSV or XLSX, one line
/// per absence or lateness). A learner sees only their own.
/// </summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class AttendanceModel(SillageDb db, CahierAccess cahier, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public CahierCohort Cohort { get; private set; } = null!;
    public IReadOnlyList<(CahierPerson Learner, AttendanceSummary Summary)> Lines { get; private set; } = [];
    public CahierPerson? Learner { get; private set; }
    public IReadOnlyList<Mark> Marks { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "apprenant")]
    public Guid? LearnerId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await LoadAsync(cohortId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid cohortId, string format, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, cancellationToken) || Cohort.IsLearner)
        {
            return NotFound();
        }

        var names = Lines.ToDictionary(x => x.Learner.Id, x => x.Learner);
        var ine = await db.Users.Where(u => names.Keys.Contains(u.Id)).Select(u => new { u.Id, u.Ine, u.LastName, u.FirstName }).ToListAsync(cancellationToken);
        var marks = await MarksAsync(names.Keys.ToList(), cancellationToken);
        SheetCell[] header = [l["Nom"].Value, l["Prénom"].Value, "INE", l["Date"].Value, l["Début"].Value, l["Durée (min)"].Value, l["Absence ou retard"].Value,
            l["Retard (min)"].Value, l["Justifié"].Value, l["Motif"].Value];
        var rows = marks.OrderBy(m => names[m.LearnerId].Name, StringComparer.CurrentCulture).ThenBy(m => m.Date).ThenBy(m => m.Start).Select(m =>
        {
            var person = ine.Single(u => u.Id == m.LearnerId);
            return (IReadOnlyList<SheetCell>)[person.LastName, person.FirstName, person.Ine, m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                m.Start.ToString("HH:mm", CultureInfo.InvariantCulture), m.Minutes, l[CahierLabels.Status(m.Status)].Value,
                m.LateMinutes is { } late ? late : "", m.Justified ? l["oui"].Value : l["non"].Value, m.Reason];
        }).Prepend(header).ToList();
        audit.Record("cahier.attendance-exported", cohortId, Cohort.Cohort.Name);
        await db.SaveChangesAsync(cancellationToken);
        var name = $"assiduite-{Cohort.Cohort.Name}-{clock.Today:yyyy-MM-dd}".Replace(' ', '-');
        return format == "xlsx"
            ? File(SpreadsheetFile.Xlsx(rows, Cohort.Cohort.Name, "Assiduite"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(SpreadsheetFile.Csv(rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private async Task<bool> LoadAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        if (await cahier.CohortAsync(cohortId, cancellationToken) is not { } cohort)
        {
            return false;
        }

        Cohort = cohort;
        var learners = await cahier.LearnersAsync(cohortId, cancellationToken);
        if (cohort.IsLearner)
        {
            LearnerId = User.UserId();
        }

        if (LearnerId is { } chosen)
        {
            Learner = learners.FirstOrDefault(p => p.Id == chosen);
            if (Learner is null)
            {
                return false;
            }

            learners = [Learner];
            Marks = await MarksAsync([chosen], cancellationToken);
        }

        var summaries = await AttendanceSummary.ForCohortAsync(db, cohortId, clock.Today, learners.Select(p => p.Id).ToList(), cancellationToken);
        Lines = learners.Select(p => (p, summaries.Single(s => s.LearnerId == p.Id))).ToList();
        return true;
    }

    private async Task<IReadOnlyList<Mark>> MarksAsync(IReadOnlyCollection<Guid> learners, CancellationToken cancellationToken)
    {
        var cohortId = Cohort.Cohort.Id;
        return await db.SessionAttendance.AsNoTracking()
            .Where(a => learners.Contains(a.LearnerId))
            .Join(db.ClassSessions.Where(s => s.CohortId == cohortId), a => a.SessionId, s => s.Id,
                (a, s) => new { SessionId = s.Id, a.LearnerId, s.Date, s.Start, s.DurationMinutes, a.Status, a.LateMinutes, a.Justified, a.Reason })
            .OrderBy(m => m.Date).ThenBy(m => m.Start)
            .Select(m => new Mark(m.SessionId, m.LearnerId, m.Date, m.Start, m.DurationMinutes, m.Status, m.LateMinutes, m.Justified, m.Reason))
            .ToListAsync(cancellationToken);
    }

    public sealed record Mark(Guid SessionId, Guid LearnerId, DateOnly Date, TimeOnly Start, int Minutes, AttendanceStatus Status, int? LateMinutes, bool Justified, string? Reason);
}
