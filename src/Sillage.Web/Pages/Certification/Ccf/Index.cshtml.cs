using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The CCF of a cohort: its épreuves and situations as the framework file describes them (what was not found stays
/// marked as such), the sittings scheduled for each situation, and where each learner stands.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, CcfAccess access, CcfPlans plans) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public Guid CohortId { get; private set; }
    public CcfExamPlan Plan { get; private set; } = CcfExamPlan.Empty;
    public IReadOnlyList<CcfSittingRow> Sittings { get; private set; } = [];
    public IReadOnlyList<CcfLearners.Row> Learners { get; private set; } = [];
    public bool CanManage => access.IsManagement;

    public async Task<IActionResult> OnGetAsync(Guid? cohorte)
    {
        Cohorts = (await access.StaffCohorts().Where(c => !c.Archived).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => (c.Id, c.Name)).ToList();
        if (cohorte is { } asked && Cohorts.All(c => c.Id != asked))
        {
            return NotFound();
        }

        if (Cohorts.Count == 0)
        {
            return Page();
        }

        CohortId = cohorte ?? Cohorts[0].Id;
        Plan = await plans.ForCohortAsync(CohortId);
        Sittings = await CcfSittingRows.LoadAsync(db, access.VisibleSittings().Where(s => s.CohortId == CohortId), Plan);
        Learners = await CcfLearners.OfCohortAsync(db, CohortId);
        return Page();
    }

    /// <summary>Where a learner stands for a situation: their latest candidacy, or null when never scheduled.</summary>
    public CcfCandidateRow? Standing(Guid learnerId, string situationCode) =>
        Sittings.Where(s => s.SituationCode == situationCode).OrderByDescending(s => s.StartsAt)
            .SelectMany(s => s.Candidates).FirstOrDefault(c => c.LearnerId == learnerId);
}
