using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// The traces a placed learner chose to share with their tutor (share links addressed to the tutor, still active):
/// read-only, for the tutor of one of the learner's periods only; nothing else of the dossier.
/// </summary>
[Authorize(Policy = Policies.TutorSpace)]
public sealed class SharedTracesModel(SillageDb db, PfmpAccess access, TraceAttachments attachments, AuditLog audit, TimeProvider clock) : PageModel
{
    public Guid PeriodId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public IReadOnlyList<Trace> Traces { get; private set; } = [];
    public IReadOnlyList<TraceViews.Link> Links { get; private set; } = [];
    public IReadOnlyList<Attachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var learner = await LearnerAsync(id);
        if (learner is null)
        {
            return NotFound();
        }

        PeriodId = id;
        LearnerName = await db.Users.Where(u => u.Id == learner).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        Traces = await SharedWith(learner.Value).AsNoTracking().OrderByDescending(t => t.ActivityDate).ToListAsync();
        var ids = Traces.Select(t => t.Id).ToList();
        Links = await TraceViews.LinksAsync(db, ids);
        Attachments = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.TraceId) && a.DeletedAt == null).OrderBy(a => a.UploadedAt).ToListAsync();
        await audit.RecordReadAsync("share.read-by-tutor", learner.Value, $"{Traces.Count} trace(s)");
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var learner = await LearnerAsync(id);
        if (learner is null)
        {
            return NotFound();
        }

        var shared = SharedWith(learner.Value).Select(t => t.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.DeletedAt == null && shared.Contains(a.TraceId), cancellationToken);
        return attachment is null ? NotFound() : await attachments.ServeAsync(attachment, Response, cancellationToken);
    }

    /// <summary>The learner of one of this tutor's periods, or null.</summary>
    private async Task<Guid?> LearnerAsync(Guid periodId) =>
        await access.TutoredPeriods().Where(p => p.Id == periodId).Select(p => (Guid?)p.LearnerId).SingleOrDefaultAsync();

    private IQueryable<Trace> SharedWith(Guid learner) =>
        Portfolio.SharedTraces.AddressedTo(db, learner, access.UserId, clock.GetUtcNow().UtcDateTime);
}
