namespace Sillage.Domain.Suivi;

/// <summary>A broken positioning rule, on the field a form shows it beside.</summary>
public sealed record PositioningFailure(PositioningField Field, Message Message);
