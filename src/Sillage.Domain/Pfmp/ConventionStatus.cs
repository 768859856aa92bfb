namespace Sillage.Domain.Pfmp;

public enum ConventionStatus
{
    /// <summary>Being prepared: the period's data may change.</summary>
    Draft = 1,

    /// <summary>Sent to the parties, waiting for their signatures.</summary>
    Sent = 2,

    /// <summary>Signed by every party in the platform.</summary>
    Signed = 3,

    /// <summary>Signed on paper; the scan is attached.</summary>
    SignedOutsidePlatform = 4,

    /// <summary>A party refused it, with a comment; the référent reopens it as a draft to correct it.</summary>
    Refused = 5,
}

/// <summary>Who signs a convention.</summary>
public enum ConventionParty
{
    /// <summary>The school (chef d'établissement or the référent by delegation).</summary>
    Establishment = 1,

    /// <summary>The host structure (its representative or the tutor).</summary>
    HostOrganisation = 2,
    Learner = 3,
}

public enum ConventionEventKind
{
    Sent = 1,
    Signed = 2,
    SignedOutsidePlatform = 3,
    Refused = 4,
    Withdrawn = 5,
    Reopened = 6,

    /// <summary>A recorded apprenticeship contract changed (an amendment, an early end): the reason is the comment.</summary>
    Amended = 7,
}
