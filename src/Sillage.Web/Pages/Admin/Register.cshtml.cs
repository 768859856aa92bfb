using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Privacy;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Admin;

/// <summary>An administrator (for the DPO) edits an entry of the registre; its retention period drives the
/// retention job.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RegisterModel(SillageDb db, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public ProcessingActivity Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var activity = await db.ProcessingActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (activity is null)
        {
            return NotFound();
        }

        Activity = activity;
        Input = new ActivityInput
        {
            Name = activity.Name, Purpose = activity.Purpose, LegalBasis = activity.LegalBasis, DataSubjects = activity.DataSubjects,
            DataCategories = activity.DataCategories, Recipients = activity.Recipients, Retention = activity.Retention,
            RetentionMonths = activity.RetentionMonths, SecurityMeasures = activity.SecurityMeasures, TransfersOutsideEu = activity.TransfersOutsideEu,
        };
        return Page();
    }

    /// <summary>The name's column; the other texts are long, but not without end.</summary>
    public const int MaxNameLength = 300;

    public const int MaxTextLength = 4000;

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var activity = await db.ProcessingActivities.SingleOrDefaultAsync(a => a.Id == id);
        if (activity is null)
        {
            return NotFound();
        }

        Activity = activity;
        foreach (var (field, value) in new[]
                 {
                     ("Name", Input.Name), ("Purpose", Input.Purpose), ("LegalBasis", Input.LegalBasis), ("DataSubjects", Input.DataSubjects),
                     ("DataCategories", Input.DataCategories), ("Recipients", Input.Recipients), ("Retention", Input.Retention),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError($"Input.{field}", l["Ce champ du registre est obligatoire."]);
            }
        }

        foreach (var (field, value) in new[]
                 {
                     ("Name", Input.Name), ("Purpose", Input.Purpose), ("LegalBasis", Input.LegalBasis), ("DataSubjects", Input.DataSubjects),
                     ("DataCategories", Input.DataCategories), ("Recipients", Input.Recipients), ("Retention", Input.Retention),
                     ("SecurityMeasures", Input.SecurityMeasures), ("TransfersOutsideEu", Input.TransfersOutsideEu),
                 })
        {
            var max = field == "Name" ? MaxNameLength : MaxTextLength;
            if (value?.Trim().Length > max)
            {
                ModelState.AddModelError($"Input.{field}", l["Ce champ du registre fait {0} caractères au plus.", max]);
            }
        }

        if (Input.RetentionMonths is < 1 or > 600)
        {
            ModelState.AddModelError("Input.RetentionMonths", l["La durée de conservation automatique va de 1 à 600 mois (laissez vide si une autre règle s'applique)."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        activity.Name = Input.Name!.Trim();
        activity.Purpose = Input.Purpose!.Trim();
        activity.LegalBasis = Input.LegalBasis!.Trim();
        activity.DataSubjects = Input.DataSubjects!.Trim();
        activity.DataCategories = Input.DataCategories!.Trim();
        activity.Recipients = Input.Recipients!.Trim();
        activity.Retention = Input.Retention!.Trim();
        activity.RetentionMonths = Input.RetentionMonths;
        activity.SecurityMeasures = string.IsNullOrWhiteSpace(Input.SecurityMeasures) ? null : Input.SecurityMeasures.Trim();
        activity.TransfersOutsideEu = string.IsNullOrWhiteSpace(Input.TransfersOutsideEu) ? "Aucun" : Input.TransfersOutsideEu.Trim();
        activity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("register.changed", details: activity.Code);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Registre mis à jour."].Value;
        return Redirect("/donnees-personnelles#pa-" + activity.Code);
    }

    public sealed class ActivityInput
    {
        [Display(Name = "Traitement")] public string? Name { get; set; }
        [Display(Name = "Finalité")] public string? Purpose { get; set; }
        [Display(Name = "Base légale")] public string? LegalBasis { get; set; }
        [Display(Name = "Personnes concernées")] public string? DataSubjects { get; set; }
        [Display(Name = "Données")] public string? DataCategories { get; set; }
        [Display(Name = "Destinataires")] public string? Recipients { get; set; }
        [Display(Name = "Durée de conservation")] public string? Retention { get; set; }
        [Display(Name = "Effacement automatique après (mois)")] public int? RetentionMonths { get; set; }
        [Display(Name = "Sécurité")] public string? SecurityMeasures { get; set; }
        [Display(Name = "Transferts hors UE")] public string? TransfersOutsideEu { get; set; }
    }
}
