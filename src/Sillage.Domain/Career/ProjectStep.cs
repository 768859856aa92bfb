namespace Sillage.Domain.Career;

/// <summary>
/// A step of a projet professionnel (an information day to attend, a company to contact…) with its target date and
/// whether it is done, or a note a teacher added during a formative interview (no date).
/// </summary>
public class ProjectStep
{
    public const int MaxDescriptionLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public required string Description { get; set; }
    public DateOnly? TargetOn { get; set; }
    public bool Done { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The interview during which a teacher added it; null when the learner wrote it.</summary>
    public Guid? InterviewId { get; set; }
    public DateOnly? InterviewHeldOn { get; set; }
    public Guid? AddedById { get; set; }
    public DateTime AddedAt { get; set; }

    /// <summary>A note (no target date) rather than a step.</summary>
    public bool IsNote => TargetOn is null;
}
