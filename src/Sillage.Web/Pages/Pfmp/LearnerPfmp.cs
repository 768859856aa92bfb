using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// A learner's PFMP counted against the twelve weeks, for pages outside the PFMP space (the E2 condition on
/// certification pages): every period not refused, with its absences, and the school holidays of its
/// establishment. No access check: the caller has already decided the reader may know it.
/// </summary>
public static class LearnerPfmp
{
    public static async Task<PfmpCounting.Tally> TallyAsync(SillageDb db, Guid learnerId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var periods = await db.PfmpPeriods.AsNoTracking().Include(p => p.Absences)
            .Where(p => p.LearnerId == learnerId && p.Convention.Status != ConventionStatus.Refused)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { Period = p, h.Name })
            .ToListAsync(cancellationToken);
        var cohortIds = periods.Select(p => p.Period.CohortId).Distinct().ToList();
        var establishments = db.Cohorts.Where(c => cohortIds.Contains(c.Id)).Select(c => c.EstablishmentId);
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => establishments.Contains(h.EstablishmentId)).ToListAsync(cancellationToken);
        return PfmpCounting.Count(periods.OrderBy(p => p.Period.Start).Select(p => p.Period.ToDays(p.Name)).ToList(), holidays, today);
    }
}
