namespace Sillage.Domain.Certification;

/// <summary>
/// The minimum the référent requires of a cohort's dossiers before submission (none by default): a number of
/// pieces, and that every compétence (optionally every compétence détaillée) of the bloc be proven by at least a
/// number of selected traces.
/// </summary>
public class SubmissionRequirement
{
    public const int MaxCount = 50;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }
    public int MinItems { get; set; }
    public int MinTracesPerCompetence { get; set; }
    public bool IncludeDetailedCompetences { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid UpdatedById { get; set; }

    public static SubmissionRequirement None(Guid cohortId) => new() { CohortId = cohortId };

    public static bool IsValidCount(int value) => value is >= 0 and <= MaxCount;
}
