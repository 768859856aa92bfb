using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Every saved version of a trace: compare any two, and (for the learner) bring an old one back as
/// a new version.</summary>
[Authorize(Policy = Policies.School)]
public sealed class RevisionsModel(SillageDb db, PortfolioAccess access, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Trace Trace { get; private set; } = null!;
    public bool IsOwner { get; private set; }
    public IReadOnlyList<Row> Versions { get; private set; } = [];
    public int From { get; private set; }
    public int To { get; private set; }
    public TraceDiff? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? de, int? a)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        To = a is { } to && Versions.Any(v => v.Version == to) ? to : Trace.Version;
        From = de is { } from && Versions.Any(v => v.Version == from) ? from : Math.Max(1, To - 1);
        if (From != To)
        {
            var pair = await db.TraceRevisions.AsNoTracking().Where(r => r.TraceId == id && (r.Version == From || r.Version == To)).ToListAsync();
            var before = pair.SingleOrDefault(r => r.Version == From);
            var after = pair.SingleOrDefault(r => r.Version == To);
            if (before is not null && after is not null)
            {
                Diff = TraceDiff.Between(before.Content, after.Content);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version, int baseVersion)
    {
        var trace = await access.OwnTraces().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        var revision = await db.TraceRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.TraceId == id && r.Version == version);
        if (trace is null || revision is null)
        {
            return NotFound();
        }

        try
        {
            var restored = trace.Restore(revision, baseVersion, access.UserId, clock.GetUtcNow().UtcDateTime);
            if (restored is not null)
            {
                db.TraceRevisions.Add(restored);
                audit.Record("trace.restored", id, $"version {version} → {trace.Version}");
                await db.SaveChangesAsync();
            }

            TempData["Message"] = restored is null
                ? l["Cette version est identique à la version actuelle."].Value
                : l["La version {0} a été rétablie : elle devient la version {1}. Rien n'a été effacé de l'historique.", version, trace.Version].Value;
        }
        catch (Exception e) when (e is TraceConflictException or DbUpdateConcurrencyException)
        {
            TempData["Message"] = l["La trace a changé entre-temps : rien n'a été rétabli. Vérifiez la dernière version avant de recommencer."].Value;
        }

        return RedirectToPage("/Portfolio/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var trace = await access.ReadableTraces().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.DeletedAt == null);
        if (trace is null)
        {
            return false;
        }

        Trace = trace;
        IsOwner = trace.LearnerId == access.UserId;
        Versions = await db.TraceRevisions.AsNoTracking().Where(r => r.TraceId == id)
            .Join(db.Users, r => r.AuthorId, u => u.Id, (r, u) => new { r, u })
            .OrderByDescending(x => x.r.Version)
            .Select(x => new Row(x.r.Version, x.r.SavedAt, x.u.FirstName + " " + x.u.LastName, x.r.Title, x.r.Body.Length))
            .ToListAsync();
        return true;
    }

    public sealed record Row(int Version, DateTime SavedAt, string Author, string Title, int Length);
}
