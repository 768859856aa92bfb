using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sillage.Domain;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Pages.Portfolio;

namespace Sillage.Web.Pages.Exports;

/// <summary>"Exporter mon dossier": the learner (or a staff member, for a learner they follow) asks for an export
/// in one of the formats; the export runs in the background; the list shows past exports with their progress
/// and a download link until they expire. Each person sees and downloads only the exports they asked for.</summary>
[Authorize(Policy = Policies.School)]
[EnableRateLimiting(RateLimits.JobStart)]
public sealed class IndexModel(SillageDb db, PortfolioAccess access, JobQueue jobs, AuditLog audit, IFileStore files,
    IOptions<ExportOptions> options, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Guid LearnerId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public bool IsOwner { get; private set; }
    public IReadOnlyList<Row> Exports { get; private set; } = [];
    public IReadOnlyList<PortfolioAccess.LearnerName>? Learners { get; private set; }
    public int RetentionDays => options.Value.RetentionDays;

    public sealed record Row(Guid Id, ExportFormat Format, DateTime CreatedAt, DateTime ExpiresAt, Guid JobId, BackgroundJobStatus Status, int Progress,
        bool HasFile);

    public async Task<IActionResult> OnGetAsync(Guid? learnerId)
    {
        if (learnerId is null && access.IsStaff)
        {
            Learners = await access.VisibleLearnersAsync();
            return Page();
        }

        return await LoadAsync(learnerId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid? learnerId, ExportFormat format)
    {
        if (!await LoadAsync(learnerId))
        {
            return NotFound();
        }

        if (!Enum.IsDefined(format))
        {
            ModelState.AddModelError(string.Empty, l["Choisissez un format d'export dans la liste."]);
            return Page();
        }

        var me = access.UserId;
        var pending = await db.PortfolioExports.Where(e => e.LearnerId == LearnerId && e.RequestedById == me && e.Format == format)
            .Join(db.BackgroundJobs.Where(j => j.Status == BackgroundJobStatus.Queued || j.Status == BackgroundJobStatus.Running), e => e.JobId, j => j.Id, (e, j) => j.Id)
            .FirstOrDefaultAsync();
        if (pending != Guid.Empty)
        {
            return RedirectToPage("/Jobs/Detail", new { id = pending });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var export = new PortfolioExport { LearnerId = LearnerId, RequestedById = me, Format = format, CreatedAt = now, ExpiresAt = now.AddDays(RetentionDays) };
        var job = jobs.Enqueue(ExportJob.JobKind, new Message("{0} — {1}", FormatKey(format), LearnerName), new ExportJob.Payload(export.Id), me);
        export.JobId = job.Id;
        db.PortfolioExports.Add(export);
        audit.Record("export.requested", LearnerId, format.ToString());
        await db.SaveChangesAsync();
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }

    /// <summary>Streams the file of one of my exports (audited: who downloaded whose dossier).</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid? learnerId, Guid id)
    {
        if (!await LoadAsync(learnerId))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = access.UserId;
        var file = await db.PortfolioExports.Where(e => e.Id == id && e.LearnerId == LearnerId && e.RequestedById == me && e.ExpiresAt > now)
            .Join(db.BackgroundJobs.Where(j => j.Status == BackgroundJobStatus.Succeeded && j.ResultFileKey != null), e => e.JobId, j => j.Id,
                (e, j) => new { e.Format, j.ResultFileKey, j.ResultFileName, j.ResultContentType })
            .SingleOrDefaultAsync();
        var stream = file is null ? null : await files.OpenReadAsync(file.ResultFileKey!);
        if (stream is null)
        {
            return NotFound();
        }

        audit.Record("export.downloaded", LearnerId, file!.Format.ToString());
        await db.SaveChangesAsync();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, file.ResultContentType ?? "application/octet-stream", file.ResultFileName);
    }

    public string FormatLabel(ExportFormat format) => l.Format(FormatKey(format));

    private static Message FormatKey(ExportFormat format) => new(format switch
    {
        ExportFormat.Pdf => "Export PDF du dossier",
        ExportFormat.Site => "Site web statique du dossier",
        ExportFormat.Json => "Export JSON complet du dossier",
        _ => "Open Badges des blocs validés",
    });

    private async Task<bool> LoadAsync(Guid? learnerId)
    {
        var id = learnerId ?? access.UserId;
        if (!await access.CanReadDossierOfAsync(id))
        {
            return false;
        }

        LearnerId = id;
        IsOwner = id == access.UserId;
        LearnerName = await db.Users.Where(u => u.Id == id).Select(u => u.FirstName + " " + u.LastName).SingleAsync();
        var me = access.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        Exports = await db.PortfolioExports.AsNoTracking().Where(e => e.LearnerId == id && e.RequestedById == me)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(50)
            .Join(db.BackgroundJobs, e => e.JobId, j => j.Id, (e, j) => new Row(e.Id, e.Format, e.CreatedAt, e.ExpiresAt, j.Id, j.Status, j.Progress,
                j.ResultFileKey != null && e.ExpiresAt > now))
            .ToListAsync();
        Exports = Exports.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();
        return true;
    }
}
