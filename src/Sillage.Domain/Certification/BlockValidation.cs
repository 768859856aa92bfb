using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Certification;

/// <summary>
/// When a bloc counts as validated (for its Open Badges credential): a jury said so. Two juries decide on a bloc:
/// the jury of an exam session of the bloc (its members propose a decision on the frozen dossier), and the CCF jury,
/// whose decision on the candidate covers the bloc of each épreuve of the framework's plan. Among the decisions
/// already taken, the latest decides (a later session, a second attempt or a new CCF decision replaces an earlier
/// one, so a bloc once validated stops being so when a later jury decides otherwise):
/// <list type="bullet">
/// <item>an exam session counts once its window has closed (its jury may change its grids until then) and when at
/// least one member proposed a decision; it validates when every proposed decision is
/// <see cref="JuryDecision.Favorable"/>;</item>
/// <item>a CCF decision counts from the moment it is recorded; it validates when the jury's decision is
/// <see cref="CcfOutcome.Passed"/>, whether it confirms the marks or amends them (the badge follows the jury's
/// decision, not the marks); <see cref="CcfOutcome.NotPassed"/> validates nothing.</item>
/// </list>
/// The teachers' formative positionnements never validate a bloc on their own.
/// </summary>
public static class BlockValidation
{
    /// <summary>One jury member's proposal in one session.</summary>
    public sealed record Proposal(Guid SessionId, DateTime SessionEndsAt, JuryDecision Decision);

    /// <summary>A CCF jury decision on a candidate, for a bloc of one of its épreuves.</summary>
    public sealed record CcfVerdict(Guid DecisionId, DateTime DecidedAt, CcfOutcome Outcome);

    /// <summary>The decision that settles a bloc: a session's (<paramref name="Id"/> = the session) or a CCF
    /// decision's (<paramref name="FromCcf"/>, <paramref name="Id"/> = the decision).</summary>
    public sealed record Deciding(Guid Id, DateTime At, bool Validated, bool FromCcf);

    /// <summary>The latest decision taken on the bloc, or null when none is taken yet.</summary>
    public static Deciding? Decide(IEnumerable<Proposal> proposals, IEnumerable<CcfVerdict> ccf, DateTime now)
    {
        var sessions = proposals.Where(p => p.SessionEndsAt <= now && p.Decision != JuryDecision.None)
            .GroupBy(p => (p.SessionId, p.SessionEndsAt))
            .Select(g => new Deciding(g.Key.SessionId, g.Key.SessionEndsAt, g.All(p => p.Decision == JuryDecision.Favorable), FromCcf: false));
        var decisions = ccf.Where(d => d.DecidedAt <= now && d.Outcome is CcfOutcome.Passed or CcfOutcome.NotPassed)
            .Select(d => new Deciding(d.DecisionId, d.DecidedAt, d.Outcome == CcfOutcome.Passed, FromCcf: true));
        return sessions.Concat(decisions).OrderByDescending(d => d.At).ThenByDescending(d => d.Id).FirstOrDefault();
    }

    /// <summary>The closed session that decides, when no CCF decision is involved.</summary>
    public static Guid? DecidingSession(IEnumerable<Proposal> proposals, DateTime now) => Decide(proposals, [], now)?.Id;

    public static bool IsValidated(IReadOnlyCollection<Proposal> proposals, DateTime now) => Decide(proposals, [], now)?.Validated == true;
}
