using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Domain.Plan;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Plan;

/// <summary>The référent builds the cohort's plan, from scratch or from one of the guide's two examples.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class EditModel(SillageDb db, CohortAccess access, PlanLoader loader, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public Cohort Cohort { get; private set; } = null!;
    public IReadOnlyList<PlanBlock> Blocks { get; private set; } = [];
    public TrainingPlan? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, cancellationToken))
        {
            return NotFound();
        }

        var codes = Blocks.Select(b => b.Code).ToList();
        Input = Plan is null
            ? new PlanInput
            {
                StartDate = PlanTemplates.SuggestedStart(int.Parse(Cohort.SchoolYear[..4], System.Globalization.CultureInfo.InvariantCulture)),
                IntegrationWeek = true, SchoolWeeks = 0, WeeklyClassHours = 0, EnglishHours = 0,
                AutonomyHoursPerWeek = PlanRules.AutonomyHoursPerWeek, SpeakerHoursPerWeek = PlanRules.SpeakerHoursPerWeek,
                BlockHours = codes.ToDictionary(c => c, _ => (int?)0),
            }
            : PlanInput.From(Plan, codes);
        var rows = Math.Max(3, Input.PfmpBlocks.Count + 1);
        while (Input.PfmpBlocks.Count < rows)
        {
            Input.PfmpBlocks.Add(new PlanInput.BlockRow());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, cancellationToken))
        {
            return NotFound();
        }

        if (Input.BlockHours.Keys.Any(k => Blocks.All(b => b.Code != k)))
        {
            return BadRequest();
        }

        Input.Validate(ModelState, l);
        if (ModelState.IsValid && Plan is not null && Input.Version != Plan.Version)
        {
            ModelState.AddModelError("", l["Le plan a été modifié par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var plan = Plan ?? New();
        Input.ApplyTo(plan);
        return await SaveAsync(plan, l["Plan de formation enregistré."].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostTemplateAsync(Guid cohortId, string template, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, cancellationToken) || PlanTemplates.Label(template) is null)
        {
            return NotFound();
        }

        var plan = Plan ?? New();
        PlanTemplates.Apply(plan, template, int.Parse(Cohort.SchoolYear[..4], System.Globalization.CultureInfo.InvariantCulture),
            await loader.HolidaysAsync(Cohort.EstablishmentId, cancellationToken));
        return await SaveAsync(plan, l["Plan rempli d'après l'{0} : ajustez les dates et les heures à votre établissement.", l[PlanTemplates.Label(template)!].Value].Value,
            cancellationToken);
    }

    private TrainingPlan New()
    {
        var plan = new TrainingPlan { CohortId = Cohort.Id };
        db.TrainingPlans.Add(plan);
        return plan;
    }

    private async Task<IActionResult> SaveAsync(TrainingPlan plan, string message, CancellationToken cancellationToken)
    {
        if (db.Entry(plan).State != EntityState.Added)
        {
            plan.Version++;
        }

        plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        plan.UpdatedById = User.UserId();
        audit.Record("plan.saved", Cohort.Id, Cohort.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Le plan a été modifié par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version."]);
            return Page();
        }

        var broken = PlanRules.Problems(PlanFigures.Of(plan, PlanCalendar.Build(plan, await loader.HolidaysAsync(Cohort.EstablishmentId, cancellationToken))));
        TempData["Message"] = broken.Count == 0
            ? message + " " + l["Il respecte toutes les règles du guide."].Value
            : message + " " + l["{0} règle(s) du guide ne sont pas respectée(s) : voir le détail ci-dessous.", broken.Count].Value;
        return RedirectToPage("/Plan/Detail", new { cohortId = Cohort.Id });
    }

    private async Task<bool> LoadAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        // An archived cohort's plan stays as it was when its year was closed.
        var cohort = await access.ManagedCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId && !c.Archived, cancellationToken);
        if (cohort is null)
        {
            return false;
        }

        Cohort = cohort;
        Blocks = (await loader.LoadAsync(cohort, canEdit: true, cancellationToken)).Blocks;
        Plan = await db.TrainingPlans.Include(p => p.Blocks).Include(p => p.PfmpBlocks).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.CohortId == cohortId, cancellationToken);
        return true;
    }
}
