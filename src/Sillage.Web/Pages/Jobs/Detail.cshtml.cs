using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Jobs;

/// <summary>A background job's progress (refreshed by htmx while it runs) and its result — a file to download, or a
/// <see cref="JobReport"/> listed on the page — for its owner (and administrators). Anyone else gets 404.</summary>
public sealed class DetailModel(SillageDb db, IFileStore files, Sillage.Web.Infrastructure.Audit.AuditLog audit) : PageModel
{
    public BackgroundJob Job { get; private set; } = null!;

    /// <summary>The lines of a finished job's report (the errors of an import), shown as a list.</summary>
    public IReadOnlyList<string> Report { get; private set; } = [];

    public bool HasDownload => Job is { Status: BackgroundJobStatus.Succeeded, ResultFileKey: not null } && Job.ResultContentType != JobReport.ContentType;

    /// <summary>Where a learner goes after their own import: their dossier.</summary>
    public bool ShowsDossier => Job is { Kind: Exports.ImportJob.JobKind, Status: BackgroundJobStatus.Succeeded } && User.IsInRole(Roles.Learner);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetStatusAsync(Guid id) =>
        await LoadAsync(id) ? Partial("_JobStatus", this) : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid id)
    {
        if (!await LoadAsync(id) || !HasDownload)
        {
            return NotFound();
        }

        var stream = await files.OpenReadAsync(Job.ResultFileKey!);
        if (stream is not null)
        {
            audit.Record("job.downloaded", Job.OwnerId, Job.Kind);
            await db.SaveChangesAsync();
        }

        return stream is null ? NotFound() : File(stream, Job.ResultContentType ?? "application/octet-stream", Job.ResultFileName);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var userId = User.UserId();
        var isAdmin = User.IsInRole(Roles.Admin);
        var job = await db.BackgroundJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && (j.OwnerId == userId || isAdmin));
        if (job is null)
        {
            return false;
        }

        Job = job;
        var finished = job.Status is BackgroundJobStatus.Succeeded or BackgroundJobStatus.Failed;
        if (finished && job.ResultContentType == JobReport.ContentType && job.ResultFileKey is not null)
        {
            Report = await JobReport.ReadAsync(files, job.ResultFileKey);
        }

        return true;
    }
}
