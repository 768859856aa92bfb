using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A period for the school: its data and day count, the absences, the tutor's appraisal and the
/// documents (attestation, bilan, convention as PDF, made in the background and filed in the learner's dossier).
/// Staff who see the cohort read it; managers and the referent teacher record absences and make documents.</summary>
[Authorize(Policy = Policies.Staff)]
[EnableRateLimiting(RateLimits.JobStart)]
[RateLimitedHandlers("Generate")]
public sealed class DetailModel(SillageDb db, PfmpAccess access, IFileStore files, JobQueue jobs, AuditLog audit, SchoolClock clock,
    IStringLocalizer<Text> l) : PageModel
{
    public PeriodView View { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public bool CanFollow { get; private set; }

    /// <summary>The learner's attendance at school (cahier de textes), beside the absences of the period.</summary>
    public Sillage.Web.Data.Reads.AttendanceSummary? SchoolAttendance { get; private set; }

    [BindProperty]
    public AbsenceInput Absence { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId) =>
        await LoadAsync(id) ? await PeriodFiles.DownloadAsync(db, files, id, documentId) : NotFound();

    public async Task<IActionResult> OnPostAbsenceAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanFollow)
        {
            return NotFound();
        }

        if (await Absence.RecordAsync(db, id, access.UserId, clock.GetUtcNow().UtcDateTime) is { } error)
        {
            ModelState.AddMessage(l, "Absence.From", error);
            return Page();
        }

        TempData["Message"] = l["Absence enregistrée."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAbsenceAsync(Guid id, Guid absenceId)
    {
        if (!await LoadAsync(id) || !CanFollow)
        {
            return NotFound();
        }

        await AbsenceInput.DeleteAsync(db, id, absenceId);
        TempData["Message"] = l["Absence supprimée."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Queues the PDF of a document; the job page shows its progress and offers it when ready.</summary>
    public async Task<IActionResult> OnPostGenerateAsync(Guid id, PfmpDocumentKind kind)
    {
        if (!await LoadAsync(id) || !CanFollow || kind is not (PfmpDocumentKind.Attestation or PfmpDocumentKind.Bilan or PfmpDocumentKind.Convention))
        {
            return NotFound();
        }

        var title = new Message("{0} — {1}", PfmpLabels.Document(kind), View.LearnerName);
        var job = jobs.Enqueue(PfmpDocumentJob.JobKind, title, new PfmpDocumentJob.Payload(id, kind), access.UserId);
        audit.Record("pfmp.document-requested", id, kind.ToString());
        await db.SaveChangesAsync();
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await PeriodView.LoadAsync(db, access.VisiblePeriods(), id, clock.Today);
        if (view is null)
        {
            return false;
        }

        View = view;
        CanManage = await access.ManagedPeriods().AnyAsync(p => p.Id == id);
        CanFollow = access.CanFollow(view.Period, CanManage);
        SchoolAttendance = await Sillage.Web.Data.Reads.AttendanceSummary.ForLearnerAsync(db, view.Period.CohortId, view.Period.LearnerId, clock.Today);
        ViewData["CanRecordAbsences"] = CanFollow && view.Period.Convention.IsSigned;
        return true;
    }
}
