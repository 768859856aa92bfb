using System.Security.Claims;

namespace Sillage.Web.Infrastructure.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; pages behind a policy can rely on it.</summary>
    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new InvalidOperationException("No signed-in user.");

    public static bool IsManagement(this ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.Coordinator);

    public static bool IsStaff(this ClaimsPrincipal principal) =>
        principal.IsManagement() || principal.IsInRole(Roles.Teacher);
}
