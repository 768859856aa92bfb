namespace Sillage.Domain.Pfmp;

/// <summary>How a learner applied to a structure for a PFMP.</summary>
public enum ApplicationChannel
{
    Letter = 1,
    Email = 2,
    Phone = 3,
    Visit = 4,
    OnlineForm = 5,
    Network = 6,
}
