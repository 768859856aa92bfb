namespace Sillage.Domain.Career;

/// <summary>
/// The establishment's summary of one group of learners who left (a cohort, a school year) at one milestone: how many
/// left, how many situations are due and known, the count per situation and its rate. Rates are shares of the known
/// situations (so that an unanswered learner does not count as unemployed), in whole percent; the answer rate is the
/// share of due situations that are known.
/// </summary>
public sealed record FollowUpSummary(int Left, int Due, int Known, IReadOnlyDictionary<SituationKind, int> Counts)
{
    public static FollowUpSummary Of(IReadOnlyCollection<(DateOnly LeftOn, SituationKind? Known)> learners, FollowUpMilestone milestone, DateOnly today)
    {
        var due = learners.Where(l => FollowUpRules.DueOn(l.LeftOn, milestone) <= today).ToList();
        var known = due.Where(l => l.Known is not null).Select(l => l.Known!.Value).ToList();
        var counts = Enum.GetValues<SituationKind>().ToDictionary(k => k, k => known.Count(s => s == k));
        return new FollowUpSummary(learners.Count, due.Count, known.Count, counts);
    }

    /// <summary>The share of known situations of this kind, in whole percent (null when none is known).</summary>
    public int? Rate(SituationKind kind) => Known == 0 ? null : Percent(Counts[kind], Known);

    public int? AnswerRate => Due == 0 ? null : Percent(Known, Due);

    private static int Percent(int part, int whole) => (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}
