namespace Sillage.Domain.Career;

/// <summary>A trace, PFMP period or interview of the learner's own that their projet professionnel points to.</summary>
public class ProjectLink
{
    public Guid ProjectId { get; set; }
    public ProjectLinkKind Kind { get; set; }
    public Guid TargetId { get; set; }
}

public enum ProjectLinkKind
{
    Trace = 1,
    Period = 2,
    Interview = 3,
}
