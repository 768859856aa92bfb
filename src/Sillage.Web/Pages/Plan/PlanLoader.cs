using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Calendar;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Plan;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Plan;

/// <summary>A cohort's plan with what its pages need: the establishment's holidays, the framework's blocs, the
/// calendar and the rules checked. Null when the cohort is not visible to the user.</summary>
public sealed class PlanLoader(SillageDb db, CohortAccess access)
{
    public async Task<PlanView?> LoadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        return cohort is null ? null : await LoadAsync(cohort, !cohort.Archived && await access.ManagedCohorts().AnyAsync(c => c.Id == cohortId, cancellationToken), cancellationToken);
    }

    /// <summary>For a cohort already checked (background jobs, demo).</summary>
    public async Task<PlanView> LoadAsync(Cohort cohort, bool canEdit, CancellationToken cancellationToken = default)
    {
        var establishment = await db.Establishments.Where(e => e.Id == cohort.EstablishmentId).Select(e => e.Name).SingleAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Blocks).Include(p => p.PfmpBlocks)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.CohortId == cohort.Id, cancellationToken);
        var holidays = await HolidaysAsync(cohort.EstablishmentId, cancellationToken);
        var blocks = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.Block)
            .OrderBy(e => e.SortOrder).Select(e => new PlanBlock(e.Code, e.Title)).ToListAsync(cancellationToken);
        var calendar = plan is null ? null : PlanCalendar.Build(plan, holidays);
        var rules = plan is null ? [] : PlanRules.Check(PlanFigures.Of(plan, calendar!));
        return new PlanView(cohort, establishment, plan, holidays, blocks, calendar, rules, canEdit);
    }

    public async Task<IReadOnlyList<SchoolHoliday>> HolidaysAsync(Guid establishmentId, CancellationToken cancellationToken = default) =>
        await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == establishmentId).OrderBy(h => h.Start).ToListAsync(cancellationToken);
}

public sealed record PlanBlock(string Code, string Title);

/// <param name="Plan">Null while the référent has not built it.</param>
public sealed record PlanView(Cohort Cohort, string Establishment, TrainingPlan? Plan, IReadOnlyList<SchoolHoliday> Holidays,
    IReadOnlyList<PlanBlock> Blocks, PlanCalendar? Calendar, IReadOnlyList<PlanRuleResult> Rules, bool CanEdit)
{
    public bool Conforms => Rules.Count > 0 && Rules.All(r => r.Passed);

    public string BlockTitle(string code) => Blocks.FirstOrDefault(b => b.Code == code)?.Title ?? "";
}
