using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// The référent's view of a cohort's PFMP: for each learner the periods, the days planned and done against the
/// twelve weeks, who is short, overlaps between periods or with school holidays, and whether the learner goes to
/// one structure or several. One query per table; the counting is the domain's.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class IndexModel(SillageDb db, CohortAccess cohorts, PfmpAccess access, SchoolClock clock) : PageModel
{
    private const string CohortParameter = "promotion";
    private const string ShortParameter = "manque";

    [BindProperty(SupportsGet = true, Name = CohortParameter)]
    public Guid? CohortId { get; set; }

    [BindProperty(SupportsGet = true, Name = ShortParameter)]
    public bool OnlyShort { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int ShortCount { get; private set; }
    public int LearnerCount { get; private set; }
    public bool CanManage { get; private set; }

    public sealed record PeriodLine(Guid Id, string Host, DateOnly Start, DateOnly End, ConventionStatus Status);

    public sealed record Row(Guid LearnerId, string Name, IReadOnlyList<PeriodLine> Periods, PfmpCounting.Tally Tally, PlacementStrategy Strategy);

    public async Task<IActionResult> OnGetAsync()
    {
        Cohorts = (await cohorts.VisibleCohorts().AsNoTracking().Where(c => !c.Archived).OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => (c.Id, c.Name)).ToList();
        CohortId ??= Cohorts.FirstOrDefault().Id;
        if (Cohorts.All(c => c.Id != CohortId))
        {
            return Cohorts.Count == 0 ? Page() : NotFound();
        }

        var cohortId = CohortId!.Value;
        CanManage = await cohorts.ManagedCohorts().AnyAsync(c => c.Id == cohortId);
        var establishmentId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.EstablishmentId).SingleAsync();
        var learners = await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { u.Id, u.FirstName, u.LastName })
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ToListAsync();
        var periods = await access.VisiblePeriods().AsNoTracking().Where(p => p.CohortId == cohortId).Include(p => p.Absences)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { Period = p, Host = h.Name, p.Convention.Status })
            .ToListAsync();
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == establishmentId).ToListAsync();
        var today = clock.Today;

        var rows = learners.Select(learner =>
        {
            var own = periods.Where(p => p.Period.LearnerId == learner.Id).OrderBy(p => p.Period.Start).ToList();
            var counted = own.Where(p => p.Status != ConventionStatus.Refused).ToList();
            var tally = PfmpCounting.Count(counted.Select(p => p.Period.ToDays($"{p.Host} ({p.Period.Start:dd/MM})")).ToList(), holidays, today);
            return new Row(learner.Id, $"{learner.LastName.ToUpperInvariant()} {learner.FirstName}",
                own.Select(p => new PeriodLine(p.Period.Id, p.Host, p.Period.Start, p.Period.End, p.Status)).ToList(),
                tally, PlacementStrategies.Of(counted.Select(p => p.Period.HostOrganisationId)));
        }).ToList();
        LearnerCount = rows.Count;
        ShortCount = rows.Count(r => r.Tally.IsShort);
        Rows = OnlyShort ? rows.Where(r => r.Tally.IsShort).ToList() : rows;
        return Page();
    }
}
