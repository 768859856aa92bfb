namespace Sillage.Domain.Career;

/// <summary>One change of a projet professionnel: who, when, which version it made, and what kind of change.</summary>
public class ProjectRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public int Version { get; set; }
    public Guid? ChangedById { get; set; }
    public DateTime ChangedAt { get; set; }
    public ProjectChange Change { get; set; }

    /// <summary>The interview during which the change was made, if any.</summary>
    public Guid? InterviewId { get; set; }
}

public enum ProjectChange
{
    /// <summary>The learner saved the project's form.</summary>
    Edited = 1,

    /// <summary>A teacher added a step or a note during a formative interview.</summary>
    AddedInInterview = 2,
}
