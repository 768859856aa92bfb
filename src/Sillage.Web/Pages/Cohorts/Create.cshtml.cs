using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cohorts;

[Authorize(Policy = Policies.Management)]
public sealed class CreateModel(SillageDb db, CohortAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public CohortInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Establishments { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Frameworks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var now = clock.Now;
        var start = now.Month >= 8 ? now.Year : now.Year - 1;
        Input.SchoolYear = $"{start}-{start + 1}";
        Input.EstablishmentId = Establishments.Count == 1 ? Establishments[0].Id : await access.EstablishmentAsync();
        Input.FrameworkId = Frameworks.FirstOrDefault().Id;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", l["Donnez un nom à la promotion."]);
        }
        else if (Input.Name.Trim().Length > 150)
        {
            ModelState.AddModelError("Input.Name", l["Le nom de la promotion fait 150 caractères au plus."]);
        }

        if (!Cohort.IsValidSchoolYear(Input.SchoolYear))
        {
            ModelState.AddModelError("Input.SchoolYear", l["L'année scolaire s'écrit comme « 2026-2027 »."]);
        }

        if (!Establishments.Any(e => e.Id == Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.EstablishmentId", l["Choisissez un établissement."]);
        }

        if (!Frameworks.Any(f => f.Id == Input.FrameworkId))
        {
            ModelState.AddModelError("Input.FrameworkId", l["Choisissez un référentiel."]);
        }
        else if (await db.Frameworks.AnyAsync(f => f.Id == Input.FrameworkId && f.EstablishmentId != null && f.EstablishmentId != Input.EstablishmentId))
        {
            ModelState.AddModelError("Input.FrameworkId", l["Cette version du référentiel a été publiée par un autre établissement : choisissez-en une autre."]);
        }

        if (ModelState.IsValid && await db.Cohorts.AnyAsync(c => c.EstablishmentId == Input.EstablishmentId && c.SchoolYear == Input.SchoolYear && c.Name == Input.Name.Trim()))
        {
            ModelState.AddModelError("Input.Name", l["Une promotion de ce nom existe déjà pour cette année scolaire."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var cohort = new Cohort
        {
            Name = Input.Name.Trim(),
            SchoolYear = Input.SchoolYear.Trim(),
            EstablishmentId = Input.EstablishmentId!.Value,
            FrameworkId = Input.FrameworkId!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Cohorts.Add(cohort);
        audit.Record("cohort.created", details: $"{cohort.Name} {cohort.SchoolYear}");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Promotion « {0} » créée.", cohort.Name].Value;
        return RedirectToPage("/Cohorts/Detail", new { id = cohort.Id });
    }

    private async Task LoadAsync()
    {
        var isAdmin = User.IsInRole(Roles.Admin);
        var own = isAdmin ? null : await access.EstablishmentAsync();
        Establishments = (await db.Establishments.AsNoTracking().Where(e => isAdmin || e.Id == own)
                .OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync())
            .Select(e => (e.Id, e.Name)).ToList();
        Frameworks = (await access.VisibleFrameworks().AsNoTracking()
                .Where(f => f.Elements.Any(e => e.Kind == Sillage.Domain.Frameworks.ElementKind.Block))
                .OrderByDescending(f => f.ImportedAt).Select(f => new { f.Id, f.Title, f.Version, f.Code }).ToListAsync())
            .Where(f => f.Code != "crcn")
            .Select(f => (f.Id, $"{f.Title} — {f.Version}")).ToList();
    }

    public sealed class CohortInput
    {
        [Display(Name = "Nom de la promotion")]
        public string Name { get; set; } = "";

        [Display(Name = "Année scolaire")]
        public string SchoolYear { get; set; } = "";

        [Display(Name = "Établissement")]
        public Guid? EstablishmentId { get; set; }

        [Display(Name = "Référentiel (version)")]
        public Guid? FrameworkId { get; set; }
    }
}
