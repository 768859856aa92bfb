namespace Sillage.Domain.Suivi;

/// <summary>
/// What the rules check a request against: the elements that may be positioned here (the cohort framework's
/// compétences and compétences détaillées, or a period's targets), the ranks of its scale, the learner's live
/// traces, and the school's today (a date of the school's time zone, given by the caller).
/// </summary>
public sealed record PositioningFrame(IReadOnlySet<Guid> Elements, IReadOnlySet<int> Ranks, IReadOnlySet<Guid> LearnerTraces, DateOnly Today);
