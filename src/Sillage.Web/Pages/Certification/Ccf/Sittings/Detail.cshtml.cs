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

namespace Sillage.Web.Pages.Certification.Ccf.Sittings;

/// <summary>
/// A sitting: its schedule with each candidate's end time (extra time included), attendance (the team), exam
/// accommodations, convocations and cancelling (the référent), and for a practical situation the source document
/// and the candidates' productions.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(SillageDb db, CcfAccess access, CcfPlans plans, CcfConvocations convocations, CcfFiles files, TimeProvider clock,
    AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public CcfSitting Sitting { get; private set; } = null!;
    public CcfSittingRow Row { get; private set; } = null!;
    public CcfSituationDefinition? Situation { get; private set; }
    public IReadOnlyList<CcfFile> Files { get; private set; } = [];
    public bool CanManage => access.IsManagement;
    public bool HasSignedGrid { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid candidateId, CcfAttendance attendance)
    {
        if (!await LoadAsync(id) || Sitting.Candidates.SingleOrDefault(c => c.Id == candidateId) is not { } candidate)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(attendance) || Situation is { WithCandidate: false })
        {
            ModelState.AddModelError(string.Empty, l["Choisissez une présence dans la liste (une situation sans la personne candidate n'en a pas)."]);
            return Page();
        }

        candidate.Attendance = attendance;
        audit.Record("ccf.attendance-recorded", candidate.Id, $"{Sitting.SituationCode} {attendance}");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Présence enregistrée."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAccommodationAsync(Guid id, Guid candidateId, int extraTimePercent, string? accommodation)
    {
        if (!CanManage || !await LoadAsync(id) || Sitting.Candidates.SingleOrDefault(c => c.Id == candidateId) is not { } candidate)
        {
            return NotFound();
        }

        if (CcfCandidate.CheckAccommodation(extraTimePercent, accommodation) is { } problem)
        {
            ModelState.AddMessage(l, string.Empty, problem);
            return Page();
        }

        candidate.ExtraTimePercent = extraTimePercent;
        candidate.Accommodation = Infrastructure.Web.FormText.Clean(accommodation);
        audit.Record("ccf.accommodation-changed", candidate.Id, $"{Sitting.SituationCode} +{extraTimePercent} %");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Aménagements enregistrés."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConvokeAsync(Guid id)
    {
        if (!CanManage || !await LoadAsync(id))
        {
            return NotFound();
        }

        if (Situation is { WithCandidate: false })
        {
            ModelState.AddModelError(string.Empty, l["Une situation sans la personne candidate n'a pas de convocation."]);
            return Page();
        }

        var sent = await convocations.SendAsync(Sitting);
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} convocation(s) envoyée(s).", sent].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>A convocation as PDF: one candidate's, or every convened candidate's in one file.</summary>
    public async Task<IActionResult> OnGetConvocationAsync(Guid id, Guid? candidateId)
    {
        if (!await LoadAsync(id) || Situation is { WithCandidate: false })
        {
            return NotFound();
        }

        var candidates = candidateId is { } one ? Sitting.Candidates.Where(c => c.Id == one).ToList() : Sitting.Candidates.Where(c => c.Attendance == CcfAttendance.Convened).ToList();
        if (candidates.Count == 0)
        {
            return NotFound();
        }

        var bytes = await convocations.PdfAsync(await convocations.SheetsAsync(Sitting, candidates), HttpContext.RequestAborted);
        return File(bytes, "application/pdf", $"convocation-{Sitting.SituationCode}.pdf");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int version)
    {
        if (!CanManage || !await LoadAsync(id))
        {
            return NotFound();
        }

        if (HasSignedGrid)
        {
            ModelState.AddModelError(string.Empty, l["Une grille de ce passage est signée : il ne peut plus être annulé."]);
            return Page();
        }

        db.Entry(Sitting).Property(s => s.Version).OriginalValue = version;
        db.CcfSittings.Remove(Sitting);
        audit.Record("ccf.sitting-cancelled", Sitting.Id, $"{Sitting.SituationCode} {Sitting.StartsAt:u}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Ce passage a été modifié par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            return Page();
        }

        TempData["Message"] = l["Passage {0} annulé.", Sitting.SituationCode].Value;
        return RedirectToPage("/Certification/Ccf/Index", new { cohorte = Sitting.CohortId });
    }

    /// <summary>The team uploads the source document of a practical situation (E3-B), handed to candidates during their time only.</summary>
    public async Task<IActionResult> OnPostSourceAsync(Guid id, IFormFile? source)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Situation is not { IsPractical: true })
        {
            ModelState.AddModelError(string.Empty, l["Seule une situation pratique a un document source."]);
            return Page();
        }

        var (file, error) = await files.AddAsync(source, CcfFileKind.Source, access.UserId, f => f.SittingId = Sitting.Id);
        if (file is null)
        {
            ModelState.AddMessage(l, "source", error!);
            return Page();
        }

        audit.Record("ccf.source-uploaded", Sitting.Id, file.FileName);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Document source déposé."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The source or a production of this sitting.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId) =>
        await LoadAsync(id) ? await files.DownloadAsync(Files.SingleOrDefault(f => f.Id == fileId)) : NotFound();

    private async Task<bool> LoadAsync(Guid id)
    {
        var sitting = await access.VisibleSittings().Include(s => s.Evaluators).Include(s => s.Candidates).SingleOrDefaultAsync(s => s.Id == id);
        if (sitting is null)
        {
            return false;
        }

        Sitting = sitting;
        var plan = await plans.ForCohortAsync(sitting.CohortId);
        Situation = plan.Situation(sitting.SituationCode)?.Situation;
        Row = (await CcfSittingRows.LoadAsync(db, db.CcfSittings.Where(s => s.Id == id), plan))[0];
        var candidateIds = sitting.Candidates.Select(c => c.Id).ToList();
        Files = await db.CcfFiles.AsNoTracking().Where(f => f.SittingId == id || (f.CandidateId != null && candidateIds.Contains(f.CandidateId.Value)))
            .OrderBy(f => f.UploadedAt).ToListAsync();
        HasSignedGrid = await db.CcfGrids.AnyAsync(g => candidateIds.Contains(g.EvaluationId) && g.Signatures.Any());
        return true;
    }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;
}
