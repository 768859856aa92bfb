namespace Sillage.Domain.Certification;

/// <summary>
/// When a bloc counts as validated (for its Open Badges credential): the jury of its épreuve said so. Among the
/// exam sessions of the bloc in which the candidate was evaluated and whose window has closed, the latest one
/// decides: the bloc is validated when at least one jury member proposed a decision there and every proposed
/// decision is <see cref="JuryDecision.Favorable"/>. A later session (a second attempt) replaces an earlier
/// one; a session still open decides nothing yet, since its jury may still change its grid. The teachers' formative
/// positionnements never validate a bloc on their own.
/// </summary>
public static class BlockValidation
{
    /// <summary>One jury member's proposal in one session.</summary>
    public sealed record Proposal(Guid SessionId, DateTime SessionEndsAt, JuryDecision Decision);

    /// <summary>The closed session that decides, or null when none has a decision yet.</summary>
    public static Guid? DecidingSession(IEnumerable<Proposal> proposals, DateTime now) =>
        proposals.Where(p => p.SessionEndsAt <= now && p.Decision != JuryDecision.None)
            .OrderByDescending(p => p.SessionEndsAt).ThenByDescending(p => p.SessionId)
            .Select(p => (Guid?)p.SessionId).FirstOrDefault();

    public static bool IsValidated(IReadOnlyCollection<Proposal> proposals, DateTime now) =>
        DecidingSession(proposals, now) is { } session
        && proposals.Where(p => p.SessionId == session && p.Decision != JuryDecision.None).All(p => p.Decision == JuryDecision.Favorable);
}
