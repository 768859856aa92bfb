namespace Sillage.Domain.Pfmp;

/// <summary>The guide's choice (§ 2.2): all PFMP in the same structure, or in different ones.</summary>
public enum PlacementStrategy
{
    /// <summary>No period yet.</summary>
    None = 0,
    SameStructure = 1,
    SeveralStructures = 2,
}

public static class PlacementStrategies
{
    public static PlacementStrategy Of(IEnumerable<Guid> hostIds)
    {
        var distinct = hostIds.Distinct().Count();
        return distinct switch
        {
            0 => PlacementStrategy.None,
            1 => PlacementStrategy.SameStructure,
            _ => PlacementStrategy.SeveralStructures,
        };
    }
}
