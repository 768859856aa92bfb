namespace Sillage.Domain.Pfmp;

/// <summary>Where a learner's search for a PFMP stands, as the référent's view sorts it.</summary>
public enum PfmpSearchStatus
{
    /// <summary>No application and no proposed structure yet.</summary>
    NotStarted = 1,
    Searching = 2,

    /// <summary>An application was accepted and has not become a period yet.</summary>
    Accepted = 3,

    /// <summary>An application became a period.</summary>
    PeriodCreated = 4,
}

/// <summary>The status of a learner's search from what they logged.</summary>
public static class PfmpSearch
{
    public static PfmpSearchStatus StatusOf(int applications, int proposals, bool anyAccepted, bool anyBecamePeriod) =>
        anyBecamePeriod ? PfmpSearchStatus.PeriodCreated
        : anyAccepted ? PfmpSearchStatus.Accepted
        : applications + proposals > 0 ? PfmpSearchStatus.Searching
        : PfmpSearchStatus.NotStarted;
}
