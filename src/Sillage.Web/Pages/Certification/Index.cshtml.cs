using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Certification;

/// <summary>The learner's three dossiers (one per bloc, i.e. per épreuve), started on demand; for staff, the dossiers
/// of the cohorts they see, to review.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class IndexModel(SillageDb db, CertificationAccess access, CohortAccess cohorts, TimeProvider clock) : PageModel
{
    public IReadOnlyList<BlockRow> Blocks { get; private set; } = [];
    public IReadOnlyList<DossierRow> Dossiers { get; private set; } = [];
    public bool IsLearner => access.IsLearner;

    public async Task<IActionResult> OnGetAsync()
    {
        if (access.IsLearner)
        {
            await LoadBlocksAsync();
        }
        else
        {
            var readable = access.ReadableDossiers();
            Dossiers = await readable.AsNoTracking()
                .Join(db.Users, d => d.LearnerId, u => u.Id, (d, u) => new { d, u })
                .Join(db.FrameworkElements, x => x.d.BlockId, e => e.Id, (x, e) => new DossierRow(x.d.Id, x.u.LastName + " " + x.u.FirstName, e.Code, e.Exam,
                    x.d.Status, x.d.Items.Count, db.DossierComments.Count(c => c.DossierId == x.d.Id), x.d.UpdatedAt))
                .ToListAsync();
            Dossiers = Dossiers.OrderBy(d => d.Status).ThenBy(d => d.Learner, StringComparer.CurrentCulture).ThenBy(d => d.Block, StringComparer.Ordinal).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid blockId)
    {
        if (!access.IsLearner)
        {
            return Forbid();
        }

        var me = access.UserId;
        var cohortId = await cohorts.LearnerCohortAsync(me);
        if (cohortId is null)
        {
            return NotFound();
        }

        var frameworkId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FrameworkId).SingleAsync();
        if (!await db.FrameworkElements.AnyAsync(e => e.Id == blockId && e.FrameworkId == frameworkId && e.Kind == ElementKind.Block))
        {
            return NotFound();
        }

        var existing = await db.CertificationDossiers.Where(d => d.LearnerId == me && d.CohortId == cohortId && d.BlockId == blockId).Select(d => (Guid?)d.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return RedirectToPage("/Certification/Detail", new { id });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dossier = new CertificationDossier { LearnerId = me, CohortId = cohortId.Value, BlockId = blockId, CreatedAt = now, UpdatedAt = now };
        db.CertificationDossiers.Add(dossier);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Started in another tab at the same moment: open that one.
            db.ChangeTracker.Clear();
            var other = await db.CertificationDossiers.Where(d => d.LearnerId == me && d.CohortId == cohortId && d.BlockId == blockId).Select(d => d.Id).SingleAsync();
            return RedirectToPage("/Certification/Detail", new { id = other });
        }

        return RedirectToPage("/Certification/Detail", new { id = dossier.Id });
    }

    private async Task LoadBlocksAsync()
    {
        var me = access.UserId;
        var cohortId = await cohorts.LearnerCohortAsync(me);
        if (cohortId is null)
        {
            return;
        }

        var frameworkId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FrameworkId).SingleAsync();
        var dossiers = await db.CertificationDossiers.AsNoTracking().Where(d => d.LearnerId == me && d.CohortId == cohortId)
            .Select(d => new { d.Id, d.BlockId, d.Status, d.SubmittedAt, Items = d.Items.Count }).ToListAsync();
        Blocks = (await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == frameworkId && e.Kind == ElementKind.Block)
                .OrderBy(e => e.SortOrder).Select(e => new { e.Id, e.Code, e.Title, e.Exam }).ToListAsync())
            .Select(b =>
            {
                var d = dossiers.SingleOrDefault(x => x.BlockId == b.Id);
                return new BlockRow(b.Id, b.Code, b.Title, b.Exam, d?.Id, d?.Status, d?.Items ?? 0, d?.SubmittedAt);
            }).ToList();
    }

    public sealed record BlockRow(Guid Id, string Code, string Title, string? Exam, Guid? DossierId, DossierStatus? Status, int Items, DateTime? SubmittedAt);

    public sealed record DossierRow(Guid Id, string Learner, string Block, string? Exam, DossierStatus Status, int Items, int Comments, DateTime UpdatedAt);
}
