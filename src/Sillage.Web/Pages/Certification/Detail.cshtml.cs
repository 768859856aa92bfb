using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Certification;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.Certification;

/// <summary>A certification dossier: its pieces, the coverage of the bloc's compétences and what is missing, the
/// review comments, and — for its learner, while a draft — removing pieces and submitting.</summary>
[Authorize(Policy = Policies.School)]
[EnableRateLimiting(RateLimits.JobStart)]
[RateLimitedHandlers("Submit")]
public sealed class DetailModel(SillageDb db, CertificationAccess access, SnapshotFreezer freezer, JobQueue jobs, SchoolClock clock, AuditLog audit,
    IStringLocalizer<Text> l) : PageModel
{
    public DossierView View { get; private set; } = null!;
    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];
    public ILookup<Guid, string> TraceTitles { get; private set; } = Array.Empty<(Guid, string)>().ToLookup(x => x.Item1, x => x.Item2);
    public Guid? SnapshotId { get; private set; }

    /// <summary>For the E2 bloc only: the learner's PFMP against the twelve weeks the épreuve waits for.</summary>
    public PfmpCounting.Tally? Pfmp { get; private set; }
    /// <summary>The learner's attendance at school in the dossier's cohort (cahier de textes registers).</summary>
    public Sillage.Web.Data.Reads.AttendanceSummary? Attendance { get; private set; }

    public bool IsOwner => View.Dossier.LearnerId == access.UserId;

    [BindProperty]
    public string? CommentBody { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, int version)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!IsOwner || !View.Dossier.IsDraft)
        {
            return Forbid();
        }

        if (version != View.Dossier.Version)
        {
            ModelState.AddModelError(string.Empty, l["Le dossier a changé depuis l'affichage de la page (dans un autre onglet ?) : vérifiez-le, puis recommencez."]);
            return Page();
        }

        var item = View.Dossier.Items.SingleOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return NotFound();
        }

        View.Dossier.Remove(itemId, clock.GetUtcNow().UtcDateTime);
        db.DossierItems.Remove(item);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, int version)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!IsOwner)
        {
            return Forbid();
        }

        if (!View.Dossier.IsDraft)
        {
            ModelState.AddModelError(string.Empty, l["Ce dossier est déjà soumis."]);
            return Page();
        }

        if (version != View.Dossier.Version)
        {
            ModelState.AddModelError(string.Empty, l["Le dossier a changé depuis l'affichage de la page (dans un autre onglet ?) : vérifiez-le, puis recommencez."]);
            return Page();
        }

        foreach (var problem in View.Problems)
        {
            ModelState.AddModelError(string.Empty, CertificationText.Problem(l, problem));
        }

        foreach (var deleted in View.DeletedTraces)
        {
            ModelState.AddModelError(string.Empty, l["La trace « {0} » a été supprimée : retirez-la du dossier.", deleted.Title]);
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, l["Le dossier n'est pas soumis : complétez d'abord ce qui manque."]);
            return Page();
        }

        try
        {
            var snapshot = await freezer.FreezeAsync(View);
            SnapshotPdfJob.EnqueueIfLarge(jobs, snapshot.Id, View.Pieces.Count);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return RedirectToPage(new { id });
        }

        TempData["Message"] = l["Dossier soumis et figé. Son empreinte permet d'en vérifier l'authenticité."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, Guid? replyToId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var body = CommentBody?.Trim();
        if (string.IsNullOrEmpty(body))
        {
            ModelState.AddModelError(nameof(CommentBody), l["Écrivez un commentaire."]);
        }
        else if (body.Length > DossierComment.BodyMaxLength)
        {
            ModelState.AddModelError(nameof(CommentBody), l["Un commentaire fait 4 000 caractères au plus."]);
        }

        if (replyToId is { } reply && Comments.All(c => c.Id != reply))
        {
            ModelState.AddModelError(nameof(CommentBody), l["Le commentaire auquel vous répondez n'existe plus."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.DossierComments.Add(new DossierComment { DossierId = id, AuthorId = access.UserId, Body = body!, ReplyToId = replyToId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("certification.commented", id);
        await db.SaveChangesAsync();
        return Redirect(Url.Page("/Certification/Detail", new { id }) + "#commentaires");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var dossier = await access.ReadableDossiers().Include(d => d.Items).SingleOrDefaultAsync(d => d.Id == id);
        if (dossier is null)
        {
            return false;
        }

        View = await DossierView.LoadAsync(db, dossier, clock.Today);
        Attendance = await Sillage.Web.Data.Reads.AttendanceSummary.ForLearnerAsync(db, dossier.CohortId, dossier.LearnerId, clock.Today);
        Comments = await db.DossierComments.AsNoTracking().Where(c => c.DossierId == id).OrderBy(c => c.CreatedAt)
            .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new CommentRow(c.Id, c.ReplyToId, u.FirstName + " " + u.LastName, c.Body, c.CreatedAt))
            .ToListAsync();
        var traceIds = View.Coverage.Rows.SelectMany(r => r.TraceIds).Distinct().ToList();
        TraceTitles = View.Pieces.Where(p => p.Item.ReferenceId is { } r && traceIds.Contains(r)).ToLookup(p => p.Item.ReferenceId!.Value, p => p.Title);
        SnapshotId = await db.DossierSnapshots.Where(s => s.DossierId == id).Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        if (ExamConditions.WaitsForPfmp(View.Block.Exam))
        {
            Pfmp = await LearnerPfmp.TallyAsync(db, dossier.LearnerId, clock.Today);
        }

        return true;
    }

    public sealed record CommentRow(Guid Id, Guid? ReplyToId, string Author, string Body, DateTime CreatedAt);
}
