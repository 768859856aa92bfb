namespace Sillage.Web.Pages.Referentiel;

/// <summary>What a move carried to the new version and what it left on the old one, by kind of record.</summary>
public sealed class MoveReport
{
    private readonly Dictionary<ElementUse, int> _carried = [];
    private readonly Dictionary<(Guid Element, ElementUse Use, KeptReason Reason), int> _kept = [];

    public IReadOnlyDictionary<ElementUse, int> Carried => _carried;

    /// <summary>Records left pointing to an element of the old version, by element, kind and reason.</summary>
    public IReadOnlyDictionary<(Guid Element, ElementUse Use, KeptReason Reason), int> Kept => _kept;

    public int CarriedTotal => _carried.Values.Sum();
    public int KeptTotal => _kept.Values.Sum();
    public int KeptOf(ElementUse use) => _kept.Where(k => k.Key.Use == use).Sum(k => k.Value);

    public void Carry(ElementUse use) => _carried[use] = _carried.GetValueOrDefault(use) + 1;

    public void Keep(Guid element, ElementUse use, KeptReason reason) => _kept[(element, use, reason)] = _kept.GetValueOrDefault((element, use, reason)) + 1;
}

public enum KeptReason
{
    /// <summary>The référent mapped the element to no element of the new version.</summary>
    NoElement = 1,

    /// <summary>The record's owner (a trace, a grid, a dossier) already points to the element it would move to.</summary>
    AlreadyThere = 2,
}
