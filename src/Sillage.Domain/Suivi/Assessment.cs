namespace Sillage.Domain.Suivi;

/// <summary>
/// A positionnement: an assessor places a learner at a level on a compétence or compétence détaillée, at a
/// date, in a context, with evidence. Immutable: a correction is a new event that points to the one it
/// corrects. The current state of a competence is computed from the events (see the suivi rules).
/// </summary>
public class Assessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LearnerId { get; set; }
    public Guid CohortId { get; set; }

    /// <summary>A compétence or compétence détaillée of the cohort's framework.</summary>
    public Guid ElementId { get; set; }
    public Guid AssessorId { get; set; }
    public AssessorRole AssessorRole { get; set; }

    /// <summary>Rank in the framework's positioning scale (1 = lowest assessed level).</summary>
    public int Level { get; set; }
    public string? Comment { get; set; }
    public AssessmentContext Context { get; set; }

    /// <summary>The record the context refers to (trace, situation, PFMP period, interview, épreuve), when it exists.</summary>
    public Guid? ContextId { get; set; }

    /// <summary>When the competence was observed (a date of the school year).</summary>
    public DateOnly ObservedOn { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The earlier event of the same assessor this one corrects.</summary>
    public Guid? CorrectsId { get; set; }

    public List<AssessmentEvidence> Evidence { get; set; } = [];
}

public enum AssessorRole
{
    Teacher = 1,
    Tutor = 2,
    Jury = 3,
}

public enum AssessmentContext
{
    Trace = 1,
    Situation = 2,
    Pfmp = 3,
    Interview = 4,
    Exam = 5,
    Other = 6,

    /// <summary>The positionnement initial at the learner's entry: the starting point of their dashboard, where prior
    /// experience (an adult's, an apprentice's) is recognised.</summary>
    Entry = 7,
}
