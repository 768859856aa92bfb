namespace Sillage.Domain.Suivi;

/// <summary>The input a positioning rule is about.</summary>
public enum PositioningField
{
    Element,
    Level,
    ObservedOn,
    Context,
    Comment,
    Evidence,
}
