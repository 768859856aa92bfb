using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Certification.Ccf.Learner;

/// <summary>
/// The learner's CCF: their convocations (times with their extra time, place, accommodations), their group
/// projects, and for a practical situation the source document — during their time only — and the upload of their
/// production (every upload kept; after their time it is marked late, never refused).
/// </summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MineModel(SillageDb db, CcfAccess access, CcfPlans plans, CcfConvocations convocations, CcfFiles files, TimeProvider clock,
    AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<Candidacy> Candidacies { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, string SituationCode)> Projects { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetConvocationAsync(Guid candidateId)
    {
        var (sitting, candidate) = await MineAsync(candidateId);
        if (sitting is null || candidate!.ConvokedAt is null)
        {
            return NotFound();
        }

        var bytes = await convocations.PdfAsync(await convocations.SheetsAsync(sitting, [candidate]), HttpContext.RequestAborted);
        return File(bytes, "application/pdf", $"convocation-{sitting.SituationCode}.pdf");
    }

    /// <summary>The source document, only during the candidate's time (extra time included): 404 before and after.</summary>
    public async Task<IActionResult> OnGetSourceAsync(Guid candidateId, Guid fileId)
    {
        var (sitting, candidate) = await MineAsync(candidateId);
        if (sitting is null || !CcfProductionWindow.SourceVisible(sitting, candidate!, Now))
        {
            return NotFound();
        }

        var source = await db.CcfFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.Kind == CcfFileKind.Source && f.SittingId == sitting.Id);
        if (source is not null)
        {
            audit.Record("ccf.source-downloaded", candidate!.Id, source.FileName);
            await db.SaveChangesAsync();
        }

        return await files.DownloadAsync(source);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid candidateId, IFormFile? production)
    {
        var (sitting, candidate) = await MineAsync(candidateId);
        if (sitting is null || (await plans.ForCohortAsync(sitting.CohortId)).Situation(sitting.SituationCode)?.Situation is not { IsPractical: true })
        {
            return NotFound();
        }

        if (!CcfProductionWindow.UploadOpen(sitting, Now))
        {
            await LoadAsync();
            ModelState.AddModelError(string.Empty, l["Le dépôt ouvre au début de l'épreuve."]);
            return Page();
        }

        var (file, error) = await files.AddAsync(production, CcfFileKind.Production, access.UserId, f => f.CandidateId = candidate!.Id);
        if (file is null)
        {
            await LoadAsync();
            ModelState.AddMessage(l, "production", error!);
            return Page();
        }

        file.Late = CcfProductionWindow.IsLate(sitting, candidate!, file.UploadedAt);
        audit.Record("ccf.production-uploaded", candidate!.Id, file.Late ? $"{file.FileName} (en retard)" : file.FileName);
        await db.SaveChangesAsync();
        TempData["Message"] = file.Late ? l["Production déposée après la fin de votre temps : elle est gardée et signalée en retard."].Value : l["Production déposée."].Value;
        return RedirectToPage();
    }

    private async Task<(CcfSitting? Sitting, CcfCandidate? Candidate)> MineAsync(Guid candidateId)
    {
        var candidate = await access.MyCandidacies().AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId);
        if (candidate is null)
        {
            return (null, null);
        }

        var sitting = await db.CcfSittings.AsNoTracking().SingleAsync(s => s.Id == candidate.SittingId);
        return (sitting, candidate);
    }

    private async Task LoadAsync()
    {
        var mine = await access.MyCandidacies().AsNoTracking()
            .Join(db.CcfSittings, c => c.SittingId, s => s.Id, (c, s) => new { c, s }).ToListAsync();
        var ids = mine.Select(x => x.c.Id).ToList();
        var sittingIds = mine.Select(x => x.s.Id).ToList();
        var allFiles = await db.CcfFiles.AsNoTracking()
            .Where(f => (f.CandidateId != null && ids.Contains(f.CandidateId.Value)) || (f.Kind == CcfFileKind.Source && f.SittingId != null && sittingIds.Contains(f.SittingId.Value)))
            .OrderBy(f => f.UploadedAt).ToListAsync();
        var list = new List<Candidacy>();
        foreach (var x in mine.OrderBy(x => x.s.StartsAt))
        {
            var plan = await plans.ForCohortAsync(x.s.CohortId);
            var situation = plan.Situation(x.s.SituationCode)?.Situation;
            if (situation is { WithCandidate: false })
            {
                continue;
            }

            list.Add(new Candidacy(x.s, x.c, situation, CcfProductionWindow.SourceVisible(x.s, x.c, Now) ? allFiles.Where(f => f.SittingId == x.s.Id).ToList() : [],
                allFiles.Where(f => f.CandidateId == x.c.Id).ToList()));
        }

        Candidacies = list;
        var me = access.UserId;
        Projects = (await db.CcfProjects.AsNoTracking().Where(p => p.Members.Any(m => m.LearnerId == me)).OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.SituationCode }).ToListAsync()).Select(p => (p.Id, p.Title, p.SituationCode)).ToList();
    }

    public sealed record Candidacy(CcfSitting Sitting, CcfCandidate Candidate, CcfSituationDefinition? Situation, IReadOnlyList<CcfFile> Sources, IReadOnlyList<CcfFile> Productions)
    {
        public DateTime EndsAt => Sitting.EndsAtFor(Candidate);
    }
}
