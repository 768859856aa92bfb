using Sillage.Domain;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>The free text of a form as stored: trimmed, blank as null, and no longer than its column.</summary>
public static class FormText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The message for a text longer than <paramref name="max"/> (<paramref name="what"/> names the field,
    /// "La fonction"), null when it fits.</summary>
    public static Message? TooLong(string? value, int max, Message what) =>
        value is not null && value.Trim().Length > max ? new Message("{0} dépasse {1} caractères.", what, max) : null;
}
