namespace Sillage.Domain.People;

/// <summary>A learner who goes on next year (a two-year path, a repeater) in the successor of <see cref="FromCohortId"/>.</summary>
public sealed record ContinuingLearner(Guid LearnerId, string Name, Guid FromCohortId);
