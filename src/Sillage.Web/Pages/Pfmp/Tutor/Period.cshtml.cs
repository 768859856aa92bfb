using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// A placed learner, for their tutor only (any other period answers 404): the convention to sign for the host
/// or to refuse with a comment, the attendance to record, the appraisal of the targeted competences, the
/// documents to sign.
/// </summary>
[Authorize(Policy = Policies.TutorSpace)]
public sealed class PeriodModel(SillageDb db, PfmpAccess access, ConventionWorkflow workflow, PfmpDocuments documents, IFileStore files,
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public PeriodView View { get; private set; } = null!;
    public bool CanAppraise { get; private set; }

    /// <summary>How many traces the learner shares with this tutor (active share links addressed to them).</summary>
    public int SharedTraceCount { get; private set; }

    [BindProperty]
    public AppraisalInput Appraisal { get; set; } = new();

    [BindProperty]
    public AbsenceInput Absence { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Appraisal = AppraisalInput.From(View);
        return Page();
    }

    public async Task<IActionResult> OnGetPrintAsync(Guid id) =>
        await LoadAsync(id) ? await PeriodFiles.PrintConventionAsync(documents, id) : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId) =>
        await LoadAsync(id) ? await PeriodFiles.DownloadAsync(db, files, id, documentId) : NotFound();

    public async Task<IActionResult> OnPostSignAsync(Guid id, Guid version, bool empowered)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var error = !empowered
            ? new Message("Cochez la case qui confirme que vous pouvez signer au nom de la structure d'accueil.")
            : await workflow.ApplyAsync(id, version, (c, at) => c.Sign(ConventionParty.HostOrganisation, Actor(), at), auditAction: "pfmp.convention-signed");
        return await DoneAsync(id, error, l["Signature de la structure d'accueil enregistrée."]);
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id, Guid version, string? comment)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var error = await workflow.ApplyAsync(id, version, (c, at) => c.Refuse(Actor(), at, comment, ConventionParty.HostOrganisation), auditAction: "pfmp.convention-refused");
        return await DoneAsync(id, error, l["Refus transmis au référent avec votre commentaire."]);
    }

    public async Task<IActionResult> OnPostAbsenceAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var error = await Absence.RecordAsync(db, id, access.UserId, clock.GetUtcNow().UtcDateTime);
        return await DoneAsync(id, error, l["Absence enregistrée."]);
    }

    public async Task<IActionResult> OnPostDeleteAbsenceAsync(Guid id, Guid absenceId)
    {
        if (!await LoadAsync(id) || !View.Period.Convention.IsSigned)
        {
            return NotFound();
        }

        await AbsenceInput.DeleteAsync(db, id, absenceId);
        return await DoneAsync(id, null, l["Absence supprimée."]);
    }

    public async Task<IActionResult> OnPostAppraisalAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var error = await Appraisal.SaveAsync(db, View, access.UserId, clock.Today, clock.GetUtcNow().UtcDateTime);
        if (error is null)
        {
            audit.Record("pfmp.appraisal-saved", id);
            await db.SaveChangesAsync();
        }

        return await DoneAsync(id, error, l["Appréciation enregistrée. Merci !"]);
    }

    private ConventionActor Actor() => ConventionWorkflow.Actor(User, ConventionCapacities.Tutor);

    private async Task<IActionResult> DoneAsync(Guid id, Message? error, string message)
    {
        if (error is not null)
        {
            ModelState.AddMessage(l, string.Empty, error);
            await LoadAsync(id);
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var today = clock.Today;
        var view = await PeriodView.LoadAsync(db, access.TutoredPeriods(), id, today);
        if (view is null)
        {
            return false;
        }

        View = view;
        SharedTraceCount = await Portfolio.SharedTraces.AddressedTo(db, view.Period.LearnerId, access.UserId, clock.GetUtcNow().UtcDateTime).CountAsync();
        CanAppraise = view.Period.Convention.IsSigned && today >= view.Period.Start;
        ViewData["CanRecordAbsences"] = view.Period.Convention.IsSigned;
        return true;
    }
}
