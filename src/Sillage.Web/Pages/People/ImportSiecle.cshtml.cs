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
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : SchoolImportPage(scope, l)
{
    [BindProperty]
    [Display(Name = "Export SIECLE (zip ou XML)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    [Display(Name = "Envoyer les invitations aux apprenants qui ont une adresse e-mail")]
    public bool SendInvitations { get; set; } = true;

    public SiecleExport.Result? Export { get; private set; }
    public SiecleImportPlan? Plan { get; private set; }

    public Task OnGetAsync() => LoadScopeAsync();

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await PreviewFileAsync(Upload, nameof(Upload)) is not { } bytes)
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
        if (await ConfirmFileAsync() is not { } bytes)
        {
            return Page();
        }

        var plan = await PlanAsync(bytes, firstLook: false);
        if (!plan.IsValid)
        {
            return Refused();
        }

        if (plan.ChangesNothing)
        {
            TempData["Message"]= L["Import SIECLE : aucun changement, le fichier correspond déjà aux apprenants de Sillage."].Value;
            return RedirectToPage("/People/Index");
        }

        audit.Record("people.siecle-imported", details: $"{plan.Count(SiecleImportPlan.Action.Create)} créés, {plan.Count(SiecleImportPlan.Action.Update)} mis à jour, {plan.Count(SiecleImportPlan.Action.Deactivate)} désactivés");
        var result = await new SiecleImportApply(db, accounts, invitations, clock).ApplyAsync(plan, Scope.EstablishmentId!.Value, SendInvitations);
        if (result is { } error)
        {
            return Refused(error);
        }

        TempData["Message"]= L["Import SIECLE : {0} apprenant(s) créé(s), {1} mis à jour, {2} désactivé(s), {3} inchangé(s).",
            plan.Count(SiecleImportPlan.Action.Create), plan.Count(SiecleImportPlan.Action.Update), plan.Count(SiecleImportPlan.Action.Deactivate), plan.Count(SiecleImportPlan.Action.Unchanged)].Value;
        return RedirectToPage("/People/Index");
    }

    private async Task<SiecleImportPlan> PlanAsync(byte[] bytes, bool firstLook)
    {
        var establishmentId = Scope.EstablishmentId!.Value;
        Export = SiecleExport.Parse(bytes, FileName, clock.Today);
        if (firstLook)
        {
            ProposeMapping(Export.Pupils.SelectMany(p => p.Divisions).Distinct(StringComparer.OrdinalIgnoreCase));
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
        var (emails, taken) = await TypedEmailsAsync(db);
        Plan = SiecleImportPlan.Build(Export, Scope.Uai!, Mapping, cohortIds, known, memberships, emails, taken, clock.Today);
        return Plan;
    }
}
