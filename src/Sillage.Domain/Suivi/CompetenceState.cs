namespace Sillage.Domain.Suivi;

/// <summary>
/// The current state of a learner on one competence, with what decided it: the level (0 = non évalué), the
/// event that gives it, the latest standing event of every assessor, and the events set aside (corrected).
/// </summary>
public sealed record CompetenceState(
    int Level,
    AssessmentFact? Deciding,
    IReadOnlyList<AssessmentFact> LatestByAssessor,
    IReadOnlyList<AssessmentFact> Corrected)
{
    public static readonly CompetenceState NotAssessed = new(0, null, [], []);

    /// <summary>A state known only by its level (<see cref="LearnerElementLevel"/>), without the events behind it.</summary>
    public static CompetenceState OfLevel(int level) => level > 0 ? new(level, null, [], []) : NotAssessed;

    /// <summary>Assessed when a standing event gives a level: ranks start at 1, rank 0 is "non évalué" and never stored.</summary>
    public bool IsAssessed => Level > 0;
}
