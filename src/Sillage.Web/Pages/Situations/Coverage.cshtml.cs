using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>The coverage matrix of a cohort: its planned (assigned) situations × the compétences détaillées of its
/// framework, and what no situation covers yet.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CoverageModel(SillageDb db, SituationAccess access, CohortAccess cohorts) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public CoverageMatrix? Matrix { get; private set; }

    [BindProperty(SupportsGet = true, Name = "promotion")]
    public Guid? CohortId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var visible = await cohorts.VisibleCohorts().AsNoTracking().Where(c => !c.Archived).OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.FrameworkId }).ToListAsync(cancellationToken);
        Cohorts = visible.Select(c => (c.Id, c.Name)).ToList();
        var cohort = visible.FirstOrDefault(c => c.Id == CohortId) ?? (CohortId is null ? visible.FirstOrDefault() : null);
        if (cohort is null)
        {
            return CohortId is null ? Page() : NotFound();
        }

        CohortId = cohort.Id;
        Matrix = await BuildAsync(db, access, cohort.Id, cohort.FrameworkId, cancellationToken);
        return Page();
    }

    /// <summary>The matrix of the situations assigned to the cohort (in any scope), in order of their first assignment.</summary>
    public static async Task<CoverageMatrix> BuildAsync(SillageDb db, SituationAccess access, Guid cohortId, Guid frameworkId, CancellationToken cancellationToken)
    {
        var elements = (await FrameworkOutline.OfAsync(db, frameworkId, cancellationToken))
            .Select(e => new CoverageElement(e.Id, e.ParentId, e.Kind, e.Code, e.Title)).ToList();
        var readable = (await access.ReadableAsync()).Select(s => s.Id);
        var planned = await db.SituationAssignments.AsNoTracking()
            .Where(a => a.CohortId == cohortId && readable.Contains(a.SituationId))
            .GroupBy(a => a.SituationId).Select(g => new { SituationId = g.Key, First = g.Min(a => a.Start) })
            .Join(db.Situations, g => g.SituationId, s => s.Id, (g, s) => new { s.Id, s.Title, g.First })
            .OrderBy(s => s.First).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        var ids = planned.Select(p => p.Id).ToList();
        var missions = await db.Missions.AsNoTracking().Where(m => ids.Contains(m.SituationId) && m.RemovedAt == null)
            .OrderBy(m => m.SortOrder)
            .Select(m => new { m.Id, m.SituationId, m.Title, Elements = m.Competences.Select(c => c.ElementId).ToList() })
            .ToListAsync(cancellationToken);
        var situations = planned.Select(p => new CoverageSituation(p.Id, p.Title,
            missions.Where(m => m.SituationId == p.Id).Select((m, i) => new CoverageMission(m.Id, i + 1, m.Title, m.Elements)).ToList())).ToList();
        return CoverageMatrix.Build(elements, situations);
    }
}
