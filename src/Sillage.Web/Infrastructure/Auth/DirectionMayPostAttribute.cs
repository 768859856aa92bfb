namespace Sillage.Web.Infrastructure.Auth;

/// <summary>On a page model or a handler: the direction may send it (its own account, signing a convention for the
/// establishment). Every other POST of the direction is refused by <see cref="DirectionReadOnlyFilter"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DirectionMayPostAttribute : Attribute;
