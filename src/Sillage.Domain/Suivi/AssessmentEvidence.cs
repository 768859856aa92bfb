namespace Sillage.Domain.Suivi;

/// <summary>A trace of the learner's dossier that supports a positionnement.</summary>
public class AssessmentEvidence
{
    public Guid AssessmentId { get; set; }
    public Guid TraceId { get; set; }
}
