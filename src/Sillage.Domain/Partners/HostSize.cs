namespace Sillage.Domain.Partners;

/// <summary>Size category by headcount, as INSEE classifies companies (the guide finds SMEs the right size for
/// a PFMP).</summary>
public enum HostSize
{
    /// <summary>Fewer than 10 people.</summary>
    Micro = 1,

    /// <summary>10 to 249 people.</summary>
    Sme = 2,

    /// <summary>250 to 4,999 people.</summary>
    MidSize = 3,

    /// <summary>5,000 people or more.</summary>
    Large = 4,
}

public static class HostSizes
{
    public static HostSize FromHeadcount(int headcount) => headcount switch
    {
        < 10 => HostSize.Micro,
        < 250 => HostSize.Sme,
        < 5000 => HostSize.MidSize,
        _ => HostSize.Large,
    };
}
