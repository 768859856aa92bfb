using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Domain.People.SchoolExports;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>
/// Learners from SIECLE's ExportXML_ElevesSansAdresses.zip: the preview shows the file's divisions (each mapped to a
/// cohort or skipped), then every pupil of the mapped divisions with what the import will do and every problem; the
/// confirmation computes the same plan again and applies all of it or nothing. See docs/school-imports.md.
/// </summary>
[Authorize(Policy = Policies.Management)]
[RequestSizeLimit(SchoolImportFile.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = SchoolImportFile.MaxBytes + 1024 * 1024, ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class ImportSiecleModel(SillageDb db, SchoolImportScope scope, PersonAccounts accounts, Invitations invitations,
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Export SIECLE (zip ou XML)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Établissement")]
    public Guid? EstablishmentId { get; set; }

    [BindProperty]
    public string? FileContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>Division code → cohort id ("" = skipped).</summary>
    // Named explicitly: a dictionary bound by its property's name alone falls back to every field of the form when
    // none starts with "Mapping" (the preview's upload form), and reads the antiforgery token as a cohort id.
    [BindProperty(Name = nameof(Mapping))]
    public Dictionary<string, Guid?> Mapping { get; set; } = [];

    /// <summary>ELEVE_ID → e-mail typed for a new learner.</summary>
    [BindProperty(Name = nameof(Emails))]
    public Dictionary<string, string?> Emails { get; set; } = [];

    [BindProperty]
    [Display(Name = "Envoyer les invitations aux apprenants qui ont une adresse e-mail")]
    public bool SendInvitations { get; set; } = true;

    public SchoolImportScope.Choice Scope { get; private set; } = SchoolImportScope.Choice.Empty;
    public SiecleExport.Result? Export { get; private set; }
    public SiecleImportPlan? Plan { get; private set; }

    public async Task OnGetAsync() => Scope = await scope.LoadAsync(EstablishmentId);

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        Scope = await scope.LoadAsync(EstablishmentId);
        var bytes = Upload is not null ? await SchoolImportFile.ReadAsync(Upload, ModelState, nameof(Upload), l)
            : FileContent is not null ? SchoolImportFile.Carried(FileContent, ModelState, l)
            : await SchoolImportFile.ReadAsync(null, ModelState, nameof(Upload), l);
        if (bytes is null || !CheckEstablishment())
        {
            return Page();
        }

        FileName = Upload?.FileName ?? FileName;
        await PlanAsync(bytes, firstLook: Upload is not null);
        FileContent = SchoolImportFile.Carry(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        Scope = await scope.LoadAsync(EstablishmentId);
        if (SchoolImportFile.Carried(FileContent, ModelState, l) is not { } bytes || !CheckEstablishment())
        {
            return Page();
        }

        var plan = await PlanAsync(bytes, firstLook: false);
        if (!plan.IsValid)
        {
            ModelState.AddMessage(l, string.Empty, new Message("Le fichier ou vos choix contiennent des erreurs : rien n'a été importé."));
            return Page();
        }

        if (plan.ChangesNothing)
        {
            TempData["Message"] = l["Import SIECLE : aucun changement, le fichier correspond déjà aux apprenants de Sillage."].Value;
            return RedirectToPage("/People/Index");
        }

        audit.Record("people.siecle-imported", details: $"{plan.Count(SiecleImportPlan.Action.Create)} créés, {plan.Count(SiecleImportPlan.Action.Update)} mis à jour, {plan.Count(SiecleImportPlan.Action.Deactivate)} désactivés");
        var result = await new SiecleImportApply(db, accounts, invitations, clock).ApplyAsync(plan, Scope.EstablishmentId!.Value, SendInvitations);
        if (result is { } error)
        {
            ModelState.AddMessage(l, string.Empty, error);
            return Page();
        }

        TempData["Message"] = l["Import SIECLE : {0} apprenant(s) créé(s), {1} mis à jour, {2} désactivé(s), {3} inchangé(s).",
            plan.Count(SiecleImportPlan.Action.Create), plan.Count(SiecleImportPlan.Action.Update), plan.Count(SiecleImportPlan.Action.Deactivate), plan.Count(SiecleImportPlan.Action.Unchanged)].Value;
        return RedirectToPage("/People/Index");
    }

    private bool CheckEstablishment()
    {
        if (Scope.EstablishmentId is null)
        {
            ModelState.AddMessage(l, nameof(EstablishmentId), new Message("Choisissez l'établissement dont vient le fichier."));
            return false;
        }

        return true;
    }

    private async Task<SiecleImportPlan> PlanAsync(byte[] bytes, bool firstLook)
    {
        var establishmentId = Scope.EstablishmentId!.Value;
        Export = SiecleExport.Parse(bytes, FileName, clock.Today);
        if (firstLook)
        {
            // Divisions named like a cohort or one of its groups are proposed for it; the référent confirms or changes.
            Mapping = Export.Pupils.SelectMany(p => p.Divisions).Distinct(StringComparer.OrdinalIgnoreCase)
                .ToDictionary(d => d, d => Scope.Cohorts.FirstOrDefault(c => c.Names.Contains(d, StringComparer.OrdinalIgnoreCase))?.Id);
        }

        var learnerRole = db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id);
        var known = await db.Users.AsNoTracking()
            .Where(u => u.EstablishmentId == establishmentId && db.UserRoles.Any(ur => ur.UserId == u.Id && learnerRole.Contains(ur.RoleId)))
            .Select(u => new SiecleImportPlan.KnownLearner(u.Id, u.Ine, u.FirstName, u.LastName, u.BirthDate, u.DeactivatedAt != null, u.SchoolStatus))
            .ToListAsync();
        var cohortIds = Scope.Cohorts.Select(c => c.Id).ToList();
        var memberships = await db.CohortMembers.AsNoTracking().Where(m => cohortIds.Contains(m.CohortId))
            .Select(m => new SiecleImportPlan.Membership(m.PersonId, m.CohortId, db.Groups.Where(g => g.Id == m.GroupId).Select(g => g.Name).FirstOrDefault()))
            .ToListAsync();
        var typed = Emails.Values.OfType<string>().Select(e => PersonRules.NormalizeEmail(e).ToUpperInvariant()).Where(e => e.Length > 0).ToList();
        var taken = (await db.Users.Where(u => typed.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emails = Emails.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!);
        Plan = SiecleImportPlan.Build(Export, Scope.Uai!, Mapping, cohortIds, known, memberships, emails, taken, clock.Today);
        return Plan;
    }
}
