using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Pfmp.Search;

/// <summary>
/// The team's view of a cohort's PFMP search: every learner with their number of applications, the last one,
/// the proposals awaiting validation and where they stand (no search yet, searching, accepted, period created).
/// Teachers of the cohort and the référent read it, the direction too (read-only). Three queries.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class IndexModel(SillageDb db, CohortAccess cohorts) : PageModel
{
    private const string CohortParameter = "promotion";
    private const string StatusParameter = "statut";

    [BindProperty(SupportsGet = true, Name = CohortParameter)]
    public Guid? CohortId { get; set; }

    [BindProperty(SupportsGet = true, Name = StatusParameter)]
    public PfmpSearchStatus? Status { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<PfmpSearchStatus, int> Counts { get; private set; } = new Dictionary<PfmpSearchStatus, int>();

    public sealed record LastApplication(DateOnly AppliedOn, string Host, ApplicationAnswer Answer);

    public sealed record Row(Guid LearnerId, string Name, int Applications, LastApplication? Last, int PendingProposals, PfmpSearchStatus Status);

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
        var learnerIds = db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner).Select(m => m.PersonId);
        var learners = await db.Users.AsNoTracking().Where(u => learnerIds.Contains(u.Id))
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).Select(u => new { u.Id, u.FirstName, u.LastName }).ToListAsync();
        var applications = await db.PfmpApplications.AsNoTracking().Where(a => learnerIds.Contains(a.LearnerId))
            .Select(a => new
            {
                a.LearnerId, a.AppliedOn, a.CreatedAt, a.Answer, a.PeriodId,
                Host = a.HostOrganisationId != null
                    ? db.HostOrganisations.Where(h => h.Id == a.HostOrganisationId).Select(h => h.Name).First()
                    : db.HostProposals.Where(p => p.Id == a.ProposalId).Select(p => p.Name).First(),
            }).ToListAsync();
        var proposals = await db.HostProposals.AsNoTracking().Where(p => learnerIds.Contains(p.LearnerId))
            .GroupBy(p => p.LearnerId).Select(g => new { LearnerId = g.Key, Count = g.Count(), Pending = g.Count(p => p.HostOrganisationId == null) })
            .ToListAsync();

        var rows = learners.Select(learner =>
        {
            var own = applications.Where(a => a.LearnerId == learner.Id).OrderByDescending(a => a.AppliedOn).ThenByDescending(a => a.CreatedAt).ToList();
            var proposed = proposals.SingleOrDefault(p => p.LearnerId == learner.Id);
            var status = PfmpSearch.StatusOf(own.Count, proposed?.Count ?? 0,
                own.Any(a => a.Answer == ApplicationAnswer.Accepted && a.PeriodId == null), own.Any(a => a.PeriodId != null));
            var last = own.Count == 0 ? null : new LastApplication(own[0].AppliedOn, own[0].Host, own[0].Answer);
            return new Row(learner.Id, $"{learner.LastName.ToUpperInvariant()} {learner.FirstName}", own.Count, last, proposed?.Pending ?? 0, status);
        }).ToList();
        Counts = Enum.GetValues<PfmpSearchStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s));
        Rows = Status is { } wanted ? rows.Where(r => r.Status == wanted).ToList() : rows;
        return Page();
    }
}
