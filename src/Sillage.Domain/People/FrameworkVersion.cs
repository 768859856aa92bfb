namespace Sillage.Domain.People;

/// <summary>A référentiel version a new cohort may use.</summary>
public sealed record FrameworkVersion(Guid Id, string Code, DateTime ImportedAt);
