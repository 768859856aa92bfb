using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Suivi;

/// <summary>When learners last showed signs of work: a positionnement, a trace written or updated, feedback received.
/// The heatmap flags those idle for <see cref="Heatmap.InactiveAfterDays"/> days; the staff home page counts them.</summary>
public static class LearnerActivity
{
    public static bool IsInactive(DateTime? lastActivity, DateTime now) =>
        lastActivity is null || lastActivity < now.AddDays(-Heatmap.InactiveAfterDays);

    /// <summary>How many of these learners are idle: their dossier's last activity and one grouped query over their positionnements.</summary>
    public static async Task<int> InactiveCountAsync(SillageDb db, IReadOnlyCollection<Guid> learnerIds, DateTime now, CancellationToken cancellationToken = default)
    {
        var portfolio = await PortfolioAsync(db, learnerIds, cancellationToken);
        var positioned = await db.Assessments.AsNoTracking().Where(a => learnerIds.Contains(a.LearnerId))
            .GroupBy(a => a.LearnerId).Select(g => new { g.Key, Last = g.Max(a => a.RecordedAt) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        return learnerIds.Count(id => IsInactive(Latest(portfolio.GetValueOrDefault(id), positioned.GetValueOrDefault(id)), now));
    }

    /// <summary>A learner is active when they write traces or get feedback, not only when they are positioned (the
    /// figures <see cref="PortfolioFigures"/> keeps on every save).</summary>
    public static Task<Dictionary<Guid, DateTime>> PortfolioAsync(SillageDb db, IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken) =>
        db.LearnerPortfolioActivities.AsNoTracking().Where(a => learnerIds.Contains(a.LearnerId)).ToDictionaryAsync(a => a.LearnerId, a => a.LastAt, cancellationToken);

    private static DateTime? Latest(DateTime a, DateTime b) => a == default && b == default ? null : (a > b ? a : b);
}
