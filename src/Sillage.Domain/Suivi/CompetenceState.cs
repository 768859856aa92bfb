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

    public bool IsAssessed => Deciding is not null;
}
