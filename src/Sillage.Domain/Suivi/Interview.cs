namespace Sillage.Domain.Suivi;

/// <summary>
/// An entretien formatif (guide 3.3.2): a teacher and the learner go back over what the learner did, from
/// traces of the dossier, using explicitation questions. What the learner explained, strengths, axes de
/// progrès, and the actions agreed.
/// </summary>
public class Interview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public Guid CohortId { get; set; }
    public Guid AuthorId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Other people present, as written (a tutor, a second teacher…).</summary>
    public string? OtherParticipants { get; set; }
    public string? LearnerExplanation { get; set; }
    public string? Strengths { get; set; }
    public string? Improvements { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<InterviewParticipant> Participants { get; set; } = [];
    public List<InterviewTrace> Traces { get; set; } = [];
    public List<AgreedAction> Actions { get; set; } = [];
}

/// <summary>A staff member present at the interview.</summary>
public class InterviewParticipant
{
    public Guid InterviewId { get; set; }
    public Guid PersonId { get; set; }
}

/// <summary>A trace of the dossier discussed during the interview.</summary>
public class InterviewTrace
{
    public Guid InterviewId { get; set; }
    public Guid TraceId { get; set; }
}
