namespace Sillage.Domain.Pfmp;

/// <summary>Where an application stands.</summary>
public enum ApplicationAnswer
{
    Waiting = 1,
    Refused = 2,
    Interview = 3,
    Accepted = 4,
}
