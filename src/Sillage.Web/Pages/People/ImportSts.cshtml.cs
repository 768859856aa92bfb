using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
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
/// Teachers from STS-web's sts_emp_&lt;UAI&gt;_&lt;year&gt;.xml: the preview shows the file's divisions that have services
/// (each mapped to a cohort or skipped), then every teacher with what the import will do and every problem, and the
/// establishment's teachers the file does not list (kept); the confirmation computes the same plan again and applies
/// all of it or nothing. See docs/school-imports.md.
/// </summary>
[Authorize(Policy = Policies.Management)]
[RequestSizeLimit(SchoolImportFile.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = SchoolImportFile.MaxBytes + 1024 * 1024, ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class ImportStsModel(SillageDb db, SchoolImportScope scope, PersonAccounts accounts, Invitations invitations,
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : SchoolImportPage(scope, l)
{
    [BindProperty]
    [Display(Name = "Export STS-web (XML ou zip)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Envoyer les invitations aux enseignants qui ont une adresse e-mail")]
    public bool SendInvitations { get; set; } = true;

    public StsExport.Result? Export { get; private set; }
    public StsImportPlan? Plan { get; private set; }

    public Task OnGetAsync() => LoadScopeAsync();

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await PreviewFileAsync(Upload, nameof(Upload)) is not { } bytes)
        {
            return Page();
        }

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
            TempData["Message"]= L["Import STS-web : aucun changement, le fichier correspond déjà aux enseignants de Sillage."].Value;
            return RedirectToPage("/People/Index");
        }

        audit.Record("people.sts-imported", details: $"{plan.Count(StsImportPlan.Action.Create)} créés, {plan.Count(StsImportPlan.Action.Update)} mis à jour");
        var result = await new StsImportApply(db, accounts, invitations, clock).ApplyAsync(plan, Scope.EstablishmentId!.Value, Scope.Uai!, SendInvitations);
        if (result is { } error)
        {
            return Refused(error);
        }

        TempData["Message"]= L["Import STS-web : {0} enseignant(s) créé(s), {1} mis à jour, {2} inchangé(s).",
            plan.Count(StsImportPlan.Action.Create), plan.Count(StsImportPlan.Action.Update), plan.Count(StsImportPlan.Action.Unchanged)].Value;
        return RedirectToPage("/People/Index");
    }

    private async Task<StsImportPlan> PlanAsync(byte[] bytes, bool firstLook)
    {
        var establishmentId = Scope.EstablishmentId!.Value;
        Export = StsExport.Parse(bytes);
        if (firstLook)
        {
            ProposeMapping(Export.Services.Select(s => s.Division).Distinct(StringComparer.OrdinalIgnoreCase));
        }

        // Référents teach too: they are matched like the teachers, and keep their role.
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Teacher || r.Name == Roles.Coordinator).Select(r => r.Id);
        var teacherRole = db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id);
        var known = await db.Users.AsNoTracking()
            .Where(u => u.EstablishmentId == establishmentId && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
            .Select(u => new StsImportPlan.KnownTeacher(u.Id, u.StsId, u.FirstName, u.LastName, u.DeactivatedAt != null,
                db.UserRoles.Any(ur => ur.UserId == u.Id && teacherRole.Contains(ur.RoleId))))
            .ToListAsync();
        var cohortIds = Scope.Cohorts.Select(c => c.Id).ToList();
        var memberships = await db.CohortMembers.AsNoTracking().Where(m => cohortIds.Contains(m.CohortId))
            .Select(m => new StsImportPlan.Membership(m.PersonId, m.CohortId, m.Role, m.Subject))
            .ToListAsync();
        var (emails, taken) = await TypedEmailsAsync(db);
        Plan = StsImportPlan.Build(Export, Scope.Uai!, Mapping, cohortIds, known, memberships, emails, taken);
        return Plan;
    }
}
