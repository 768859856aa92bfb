namespace Sillage.Domain.People;

/// <summary>A cohort as the school-year transition sees it.</summary>
public sealed record YearCohort(Guid Id, string Name, Guid FrameworkId);
