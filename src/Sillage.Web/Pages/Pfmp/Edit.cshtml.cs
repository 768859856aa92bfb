using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A manager corrects a period while its convention is a draft (or was refused). A sent or signed
/// convention freezes the data, except a recorded apprenticeship contract, which changes by amendment (an avenant, an
/// early end) with a reason kept in its history. A concurrent save is not overwritten.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, PfmpAccess access, PeriodEditor editor, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    /// <summary>Why a recorded apprenticeship contract changes (avenant, rupture anticipée…), kept in its history.</summary>
    [BindProperty]
    public string? AmendmentReason { get; set; }

    public PeriodEditor.Options Options { get; private set; } = new();

    /// <summary>The period can be changed here: a draft or refused convention, or a recorded contract by amendment.</summary>
    public bool CanChange => Period.Convention.IsEditable || Period.IsRecordedContract;
    public PfmpPeriod Period { get; private set; } = null!;
    public string LearnerName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = PeriodInput.From(Period);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanChange)
        {
            ModelState.AddModelError(string.Empty, l["La convention a été envoyée ou signée : la période ne peut plus être modifiée. Reprenez d'abord la convention en brouillon."]);
            return Page();
        }

        if (Period.IsRecordedContract)
        {
            Input.Kind = PfmpKind.Apprenticeship;
            if (PfmpConvention.CheckAmendmentReason(AmendmentReason) is { } problem)
            {
                ModelState.AddMessage(l, nameof(AmendmentReason), problem);
            }
        }

        await editor.ValidateAsync(Input, Options, Period, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var establishmentId = await db.Cohorts.Where(c => c.Id == Period.CohortId).Select(c => c.EstablishmentId).SingleAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Entry(Period).Property(p => p.Version).OriginalValue = Input.Version;
        if (await editor.ApplyAsync(Period, Input, Options, establishmentId) is { } error)
        {
            ModelState.AddMessage(l, "Input.TutorContactId", error);
            return Page();
        }

        if (Period.IsRecordedContract)
        {
            Period.Convention.RecordContractAmendment(ConventionWorkflow.Actor(User, ConventionWorkflow.StaffCapacity(User)), clock.GetUtcNow().UtcDateTime, AmendmentReason);
            audit.Record("pfmp.contract-amended", Period.Id, LearnerName);
        }
        else
        {
            audit.Record("pfmp.period-updated", Period.Id, LearnerName);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Cette période a été modifiée par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            return Page();
        }

        await transaction.CommitAsync();
        TempData["Message"] = l["Modifications enregistrées."].Value;
        return RedirectToPage("/Pfmp/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var period = await access.ManagedPeriods().Include(p => p.Convention).ThenInclude(c => c.Events).Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return false;
        }

        Period = period;
        Options = await editor.OptionsAsync();
        LearnerName = await db.Users.Where(u => u.Id == period.LearnerId).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        return true;
    }
}
