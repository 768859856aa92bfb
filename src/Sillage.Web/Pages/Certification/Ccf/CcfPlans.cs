using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The épreuves of a cohort's framework version. A version is never changed in place, so its plan is read from the
/// stored file once and kept in memory (every instance reads the same file: nothing goes stale).
/// </summary>
public sealed class CcfPlans(SillageDb db, IMemoryCache cache)
{
    public async Task<CcfExamPlan> ForCohortAsync(Guid cohortId)
    {
        var frameworkId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => (Guid?)c.FrameworkId).SingleOrDefaultAsync();
        return frameworkId is { } id ? await ForFrameworkAsync(id) : CcfExamPlan.Empty;
    }

    public async Task<CcfExamPlan> ForFrameworkAsync(Guid frameworkId) =>
        await cache.GetOrCreateAsync(("ccf-plan", frameworkId), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var json = await db.Frameworks.Where(f => f.Id == frameworkId).Select(f => f.SourceJson).SingleOrDefaultAsync();
            return json is null ? CcfExamPlan.Empty : CcfExamPlan.From(json);
        }) ?? CcfExamPlan.Empty;
}
