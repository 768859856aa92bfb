using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Jobs;

/// <summary>A background job's progress (refreshed by htmx while it runs) and its result, for its owner
/// (and administrators). Anyone else gets 404.</summary>
public sealed class DetailModel(SillageDb db, IFileStore files, Sillage.Web.Infrastructure.Audit.AuditLog audit) : PageModel
{
    public BackgroundJob Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetStatusAsync(Guid id) =>
        await LoadAsync(id) ? Partial("_JobStatus", Job) : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid id)
    {
        if (!await LoadAsync(id) || Job.Status != BackgroundJobStatus.Succeeded || Job.ResultFileKey is null)
        {
            return NotFound();
        }

        var stream = await files.OpenReadAsync(Job.ResultFileKey);
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
        return true;
    }
}
