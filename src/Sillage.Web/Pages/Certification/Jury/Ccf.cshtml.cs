using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Certification.Ccf;
using Sillage.Web.Pages.Certification.Ccf.Record;

namespace Sillage.Web.Pages.Certification.Jury;

/// <summary>
/// A candidate's CCF record for the jury, read-only: the épreuves' marks and coefficients, the weighted average, what
/// the marks give, the decision once taken, and the frozen grids. The same reach as the candidate's dossier
/// (<see cref="JuryAccess.CandidateAsync"/>): a candidate of the jury member's sessions only (404 otherwise), during
/// the session's window only (403), the record of the session's cohort only, masked when the session is anonymised.
/// </summary>
[Authorize(Policy = Policies.Jury)]
public sealed class CcfModel(SillageDb db, JuryAccess jury, CcfGrading grading, CcfRecordPdf records, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public JuryAccess.CandidateFile Candidate { get; private set; } = null!;
    public string CandidateLabel { get; private set; } = "";
    public RecordPrint? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await jury.CandidateAsync(id) is not { } file)
        {
            return NotFound();
        }

        Candidate = file;
        CandidateLabel = l["Candidat n° {0}", file.Candidate.Number];
        if (!file.IsOpen)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var record = await grading.RecordAsync(file.Session.CohortId, file.Candidate.LearnerId);
        Record = await records.PrintAsync(record);
        if (file.Masked)
        {
            Record = await MaskedAsync(Record);
        }
        else
        {
            CandidateLabel = $"{CandidateLabel} — {record.Name}";
        }

        await audit.RecordReadAsync("ccf.jury-read", file.Candidate.Id, file.Candidate.Number);
        return Page();
    }

    /// <summary>The record without the learner's name: the candidate number instead, and the names blanked out of
    /// what the evaluators and the référent wrote (read untracked: nothing is saved).</summary>
    private async Task<RecordPrint> MaskedAsync(RecordPrint print)
    {
        var person = await db.Users.AsNoTracking().Where(u => u.Id == print.Record.LearnerId).Select(u => new { u.FirstName, u.LastName }).SingleAsync();
        var redact = SnapshotMasking.Redactor(person.FirstName, person.LastName);
        string? RedactOrNull(string? text) => text is null ? null : redact(text);
        if (print.Record.Decision is { } decision)
        {
            decision.Reason = RedactOrNull(decision.Reason);
        }

        foreach (var grid in print.Grids.Values)
        {
            (grid.Comment, grid.CorrectionReason) = (RedactOrNull(grid.Comment), RedactOrNull(grid.CorrectionReason));
            grid.Lines.ForEach(line => line.Comment = RedactOrNull(line.Comment));
        }

        return print with { Record = print.Record with { Name = Candidate.Candidate.Number } };
    }
}
