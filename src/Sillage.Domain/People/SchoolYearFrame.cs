namespace Sillage.Domain.People;

/// <summary>What the transition is checked against: the active cohorts of the year being closed, with their learners, the
/// cohorts of the next year, the référentiel versions.</summary>
public sealed class SchoolYearFrame(string fromYear, IReadOnlyList<YearCohort> cohorts, IReadOnlyList<YearCohort> nextYearCohorts,
    IReadOnlyList<FrameworkVersion> frameworks, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> learners)
{
    public string FromYear { get; } = fromYear;
    public string NextYear { get; } = SchoolYearTransition.Next(fromYear) ?? throw new ArgumentException("Not a school year.", nameof(fromYear));

    /// <summary>The active cohorts of the year being closed.</summary>
    public IReadOnlyList<YearCohort> Cohorts { get; } = cohorts;

    /// <summary>The cohorts already created for the next year (by hand, or by an earlier transition).</summary>
    public IReadOnlyList<YearCohort> NextYearCohorts { get; } = nextYearCohorts;

    public IReadOnlySet<Guid> LearnersOf(Guid cohortId) => learners.TryGetValue(cohortId, out var ids) ? ids : new HashSet<Guid>();

    /// <summary>The versions a cohort's successor may use: the same référentiel (code), this version or one imported later.</summary>
    public IReadOnlySet<Guid> FrameworksFor(YearCohort cohort)
    {
        var current = frameworks.FirstOrDefault(f => f.Id == cohort.FrameworkId);
        return current is null
            ? new HashSet<Guid> { cohort.FrameworkId }
            : frameworks.Where(f => f.Code == current.Code && f.ImportedAt >= current.ImportedAt).Select(f => f.Id).ToHashSet();
    }
}
