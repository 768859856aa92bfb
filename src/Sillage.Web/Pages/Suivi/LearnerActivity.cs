using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Suivi;

/// <summary>When learners last showed signs of work: a positionnement, a trace written or updated, feedback received.
/// The heatmap flags those idle for <see cref="Heatmap.InactiveAfterDays"/> days; the staff home page counts them.</summary>
public static class LearnerActivity
{
    public static bool IsInactive(DateTime? lastActivity, DateTime now) =>
        lastActivity is null || lastActivity < now.AddDays(-Heatmap.InactiveAfterDays);

    /// <summary>How many of these learners are idle: two grouped queries over their portfolio, one over their positionnements.</summary>
    public static async Task<int> InactiveCountAsync(SillageDb db, IReadOnlyCollection<Guid> learnerIds, DateTime now, CancellationToken cancellationToken = default)
    {
        var portfolio = await PortfolioAsync(db, learnerIds, cancellationToken);
        var positioned = await db.Assessments.AsNoTracking().Where(a => learnerIds.Contains(a.LearnerId))
            .GroupBy(a => a.LearnerId).Select(g => new { g.Key, Last = g.Max(a => a.RecordedAt) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        return learnerIds.Count(id => IsInactive(Latest(portfolio.GetValueOrDefault(id), positioned.GetValueOrDefault(id)), now));
    }

    /// <summary>A learner is active when they write traces or get feedback, not only when they are positioned.</summary>
    public static async Task<Dictionary<Guid, DateTime>> PortfolioAsync(SillageDb db, IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
    {
        var traces = await db.Traces.AsNoTracking().Where(t => t.DeletedAt == null && learnerIds.Contains(t.LearnerId))
            .GroupBy(t => t.LearnerId).Select(g => new { g.Key, Last = g.Max(t => t.UpdatedAt) }).ToListAsync(cancellationToken);
        var feedback = await db.FeedbackComments.AsNoTracking().Where(c => c.ByStaff)
            .Join(db.Traces.Where(t => learnerIds.Contains(t.LearnerId)), c => c.TraceId, t => t.Id, (c, t) => new { t.LearnerId, c.CreatedAt })
            .GroupBy(x => x.LearnerId).Select(g => new { g.Key, Last = g.Max(x => x.CreatedAt) }).ToListAsync(cancellationToken);
        var activity = new Dictionary<Guid, DateTime>();
        foreach (var (learner, at) in traces.Select(x => (x.Key, x.Last)).Concat(feedback.Select(x => (x.Key, x.Last))))
        {
            if (!activity.TryGetValue(learner, out var known) || at > known)
            {
                activity[learner] = at;
            }
        }

        return activity;
    }

    private static DateTime? Latest(DateTime a, DateTime b) => a == default && b == default ? null : (a > b ? a : b);
}
