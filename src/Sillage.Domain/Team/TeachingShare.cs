namespace Sillage.Domain.Team;

/// <summary>A compétence of the cohort's framework version that one teacher of the cohort takes on. Taking a whole
/// bloc is stored as one row per compétence of the bloc (<see cref="TeamSharing.Expand"/>).</summary>
public class TeachingShare
{
    public const int MaxCodeLength = 50;

    public Guid CohortId { get; set; }
    public Guid TeacherId { get; set; }

    /// <summary>The compétence's code in the cohort's framework version ("C2.3").</summary>
    public required string CompetenceCode { get; set; }
}
