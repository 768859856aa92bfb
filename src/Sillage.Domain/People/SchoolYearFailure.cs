namespace Sillage.Domain.People;

/// <summary>A broken rule: about the decision at <see cref="CohortIndex"/>, about a learner, or about the whole form.</summary>
public sealed record SchoolYearFailure(int? CohortIndex, Guid? LearnerId, Message Message);
