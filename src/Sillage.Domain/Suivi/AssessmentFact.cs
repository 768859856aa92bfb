namespace Sillage.Domain.Suivi;

/// <summary>The part of a positionnement the current-state rule reads (a projection of <see cref="Assessment"/>).</summary>
public sealed record AssessmentFact(Guid Id, Guid AssessorId, int Level, DateOnly ObservedOn, DateTime RecordedAt, Guid? CorrectsId);
