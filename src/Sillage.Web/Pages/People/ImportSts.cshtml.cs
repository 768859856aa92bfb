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
    AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    [Display(Name = "Export STS-web (XML ou zip)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Établissement")]
    public Guid? EstablishmentId { get; set; }

    [BindProperty]
    public string? FileContent { get; set; }

    /// <summary>Division code → cohort id ("" = skipped). Named explicitly, as on the SIECLE page: bound by the
    /// property's name alone, a dictionary falls back to every field of a form that has none starting with it.</summary>
    [BindProperty(Name = nameof(Mapping))]
    public Dictionary<string, Guid?> Mapping { get; set; } = [];

    /// <summary>INDIVIDU ID → e-mail typed for a new teacher.</summary>
    [BindProperty(Name = nameof(Emails))]
    public Dictionary<string, string?> Emails { get; set; } = [];

    [BindProperty]
    [Display(Name = "Envoyer les invitations aux enseignants qui ont une adresse e-mail")]
    public bool SendInvitations { get; set; } = true;

    public SchoolImportScope.Choice Scope { get; private set; } = SchoolImportScope.Choice.Empty;
    public StsExport.Result? Export { get; private set; }
    public StsImportPlan? Plan { get; private set; }

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
            TempData["Message"] = l["Import STS-web : aucun changement, le fichier correspond déjà aux enseignants de Sillage."].Value;
            return RedirectToPage("/People/Index");
        }

        audit.Record("people.sts-imported", details: $"{plan.Count(StsImportPlan.Action.Create)} créés, {plan.Count(StsImportPlan.Action.Update)} mis à jour");
        var result = await new StsImportApply(db, accounts, invitations, clock).ApplyAsync(plan, Scope.EstablishmentId!.Value, Scope.Uai!, SendInvitations);
        if (result is { } error)
        {
            ModelState.AddMessage(l, string.Empty, error);
            return Page();
        }

        TempData["Message"] = l["Import STS-web : {0} enseignant(s) créé(s), {1} mis à jour, {2} inchangé(s).",
            plan.Count(StsImportPlan.Action.Create), plan.Count(StsImportPlan.Action.Update), plan.Count(StsImportPlan.Action.Unchanged)].Value;
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

    private async Task<StsImportPlan> PlanAsync(byte[] bytes, bool firstLook)
    {
        var establishmentId = Scope.EstablishmentId!.Value;
        Export = StsExport.Parse(bytes);
        if (firstLook)
        {
            // Divisions named like a cohort or one of its groups are proposed for it; the référent confirms or changes.
            Mapping = Export.Services.Select(s => s.Division).Distinct(StringComparer.OrdinalIgnoreCase)
                .ToDictionary(d => d, d => Scope.Cohorts.FirstOrDefault(c => c.Names.Contains(d, StringComparer.OrdinalIgnoreCase))?.Id);
        }

        // Référents teach too: they are matched like the teachers, and keep their role.
        var staffRoles = db.Roles.Where(r => r.Name == Roles.Teacher || r.Name == Roles.Coordinator).Select(r => r.Id);
        var known = await db.Users.AsNoTracking()
            .Where(u => u.EstablishmentId == establishmentId && db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
            .Select(u => new StsImportPlan.KnownTeacher(u.Id, u.StsId, u.FirstName, u.LastName, u.DeactivatedAt != null))
            .ToListAsync();
        var cohortIds = Scope.Cohorts.Select(c => c.Id).ToList();
        var memberships = await db.CohortMembers.AsNoTracking().Where(m => cohortIds.Contains(m.CohortId))
            .Select(m => new StsImportPlan.Membership(m.PersonId, m.CohortId, m.Role, m.Subject))
            .ToListAsync();
        var typed = Emails.Values.OfType<string>().Select(e => PersonRules.NormalizeEmail(e).ToUpperInvariant()).Where(e => e.Length > 0).ToList();
        var taken = (await db.Users.Where(u => typed.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emails = Emails.Where(e => !string.IsNullOrWhiteSpace(e.Value)).ToDictionary(e => e.Key, e => e.Value!);
        Plan = StsImportPlan.Build(Export, Scope.Uai!, Mapping, cohortIds, known, memberships, emails, taken);
        return Plan;
    }
}
