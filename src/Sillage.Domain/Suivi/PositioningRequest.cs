namespace Sillage.Domain.Suivi;

/// <summary>What an assessor asks to record; the level, element and date are nullable because forms may leave them empty.</summary>
public sealed record PositioningRequest(
    Guid LearnerId,
    Guid CohortId,
    Guid? ElementId,
    Guid AssessorId,
    AssessorRole AssessorRole,
    int? Level,
    DateOnly? ObservedOn,
    AssessmentContext Context,
    string? Comment)
{
    /// <summary>The record the context refers to (the interview, the PFMP period…).</summary>
    public Guid? ContextId { get; init; }

    /// <summary>Traces given as evidence.</summary>
    public IReadOnlyCollection<Guid> Evidence { get; init; } = [];

    /// <summary>The earlier event this one corrects (loaded by the caller, who checks it may be corrected by this assessor).</summary>
    public Assessment? Corrects { get; init; }
}
