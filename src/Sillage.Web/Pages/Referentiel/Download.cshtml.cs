using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>The framework file exactly as imported, to share it or start a new version from it; or as Moodle's competency framework CSV.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DownloadModel(SillageDb db, CohortAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var framework = await access.VisibleFrameworks().AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Code, f.Version, f.SourceJson }).SingleOrDefaultAsync();
        return framework is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(framework.SourceJson), "application/json", $"{framework.Code}-{framework.Version}.json");
    }

    /// <summary>The framework as the CSV of Moodle's competency framework import tool (blocks, competences, detailed
    /// competences and levels; see <see cref="MoodleFrameworkCsv"/>).</summary>
    public async Task<IActionResult> OnGetMoodleAsync(Guid id)
    {
        var framework = await access.VisibleFrameworks().AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Code, f.Version, f.SourceJson }).SingleOrDefaultAsync();
        if (framework is null || FrameworkFileReader.Read(framework.SourceJson).File is not { } file)
        {
            return NotFound();
        }

        var positioning = (await db.PositioningLevels.AsNoTracking().Where(p => p.FrameworkId == id).OrderBy(p => p.Rank)
            .Select(p => new { p.Label, p.CountsAsAcquired }).ToListAsync()).Select(p => (p.Label, p.CountsAsAcquired)).ToList();
        return File(MoodleFrameworkCsv.Write(file, positioning), "text/csv", $"{framework.Code}-{framework.Version}-moodle.csv");
    }
}
