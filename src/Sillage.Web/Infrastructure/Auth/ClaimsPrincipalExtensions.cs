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

    /// <summary>Staff, or the establishment's direction, who reads the same dashboards without changing anything.</summary>
    public static bool ReadsDashboards(this ClaimsPrincipal principal) =>
        principal.IsStaff() || principal.IsInRole(Roles.Direction);

    /// <summary>The direction and nothing more: every form is hidden from them and every POST refused but those marked
    /// <see cref="DirectionMayPostAttribute"/>.</summary>
    public static bool IsDirectionOnly(this ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Direction) && !principal.IsStaff();
}
