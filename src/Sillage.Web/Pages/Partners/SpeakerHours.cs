using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Partners;

/// <summary>The outside-speaker hours partnership events give a cohort (interventions of professionals in class), for
/// the planned-versus-done view: one line per event.</summary>
public static class SpeakerHours
{
    public static async Task<IReadOnlyList<(DateOnly Date, decimal Hours, string Title)>> ForCohortAsync(SillageDb db, Guid cohortId, CancellationToken ct)
    {
        var rows = await db.PartnershipActions.AsNoTracking()
            .Where(a => a.Kind == PartnershipKind.Intervention && a.Hours != null && a.Cohorts.Any(c => c.CohortId == cohortId))
            .OrderBy(a => a.Date).ThenBy(a => a.StartTime).ThenBy(a => a.Id)
            .Select(a => new { a.Date, Hours = a.Hours!.Value, a.Title })
            .ToListAsync(ct);
        return rows.Where(r => r.Hours > 0).Select(r => (r.Date, r.Hours, r.Title)).ToList();
    }
}
