namespace Sillage.Domain.Suivi;

/// <summary>The event to add, or why not.</summary>
public sealed record PositioningResult(Assessment? Assessment, IReadOnlyList<PositioningFailure> Failures);
