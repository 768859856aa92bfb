namespace Sillage.Domain.Career;

/// <summary>
/// Where a learner who left the training stands 6 or 12 months after it (the insertion follow-up): in employment
/// (with the contract), in further studies (which), looking for a job, or other; a free text and the employer,
/// optional. One per learner and milestone: recording it again replaces it. Recorded by the référent or by the
/// learner through a <see cref="FollowUpLink"/>.
/// </summary>
public class GraduateSituation
{
    public const int MaxTextLength = 300;
    public const int MaxDetailsLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public FollowUpMilestone Milestone { get; set; }
    public SituationKind Kind { get; set; }
    public EmploymentContract? Contract { get; set; }

    /// <summary>The studies followed (further studies only).</summary>
    public string? Studies { get; set; }
    public string? Employer { get; set; }
    public string? Details { get; set; }

    /// <summary>The day the situation describes.</summary>
    public DateOnly ObservedOn { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The référent who recorded it; null when the learner answered through their link.</summary>
    public Guid? RecordedById { get; set; }
}

public enum FollowUpMilestone
{
    SixMonths = 6,
    TwelveMonths = 12,
}

public enum SituationKind
{
    Employment = 1,
    FurtherStudies = 2,
    JobSeeking = 3,
    Other = 4,
}

public enum EmploymentContract
{
    Permanent = 1,
    FixedTerm = 2,
    Temporary = 3,
    SelfEmployed = 4,
}
