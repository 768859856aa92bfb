namespace Sillage.Domain.Suivi;

/// <summary>
/// The documented rule that turns positionnements into the current state of a competence (docs/suivi.md):
/// <list type="number">
/// <item>An event that another event corrects is set aside (a correction replaces what it corrects).</item>
/// <item>For each assessor, the standing event is their latest one: latest observation date, then latest
/// recording.</item>
/// <item>The state is the most recent of these standing events across assessors (same ordering): the most
/// recent observation of the learner wins, whoever made it; the others stay visible in the history.</item>
/// <item>Without any event the competence is "non évalué" (level 0).</item>
/// </list>
/// Events after <c>asOf</c> are ignored, so that the state at a past date can be shown.
/// </summary>
public static class CompetenceStateRule
{
    public static CompetenceState Compute(IEnumerable<AssessmentFact> events, DateOnly? asOf = null)
    {
        var all = events.Where(e => asOf is null || e.ObservedOn <= asOf).ToList();
        if (all.Count == 0)
        {
            return CompetenceState.NotAssessed;
        }

        var correctedIds = all.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        var corrected = all.Where(e => correctedIds.Contains(e.Id)).ToList();
        var standing = all.Where(e => !correctedIds.Contains(e.Id)).ToList();
        if (standing.Count == 0)
        {
            return new CompetenceState(0, null, [], corrected);
        }

        var latestByAssessor = standing
            .GroupBy(e => e.AssessorId)
            .Select(g => g.OrderByDescending(e => e.ObservedOn).ThenByDescending(e => e.RecordedAt).First())
            .OrderByDescending(e => e.ObservedOn).ThenByDescending(e => e.RecordedAt)
            .ToList();
        var deciding = latestByAssessor[0];
        return new CompetenceState(deciding.Level, deciding, latestByAssessor, corrected);
    }

    /// <summary>
    /// A compétence with no positionnement of its own is shown with the lowest state of its assessed compétences
    /// détaillées, marked as derived: a competence is not acquired while one of its parts is behind — nor while
    /// one of its parts has not been assessed at all (then it stays just below the acquired level).
    /// </summary>
    public static int DerivedFromParts(IEnumerable<CompetenceState> parts, int acquiredRank)
    {
        var all = parts.ToList();
        var assessed = all.Where(p => p.IsAssessed).Select(p => p.Level).ToList();
        if (assessed.Count == 0)
        {
            return 0;
        }

        var lowest = assessed.Min();
        return assessed.Count < all.Count && lowest >= acquiredRank ? Math.Max(1, acquiredRank - 1) : lowest;
    }
}
