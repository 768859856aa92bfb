namespace Sillage.Domain.People;

/// <summary>What becomes of one cohort: archived or not; followed by a new cohort (name, framework version, teachers and
/// groups carried over or not), by an existing cohort of the next year, or by nothing.</summary>
public sealed record CohortDecision(Guid CohortId, bool Archive, SuccessorKind Successor, string? NewName = null, Guid? NewFrameworkId = null,
    Guid? ExistingId = null, bool KeepTeachers = true, bool KeepGroups = true);
