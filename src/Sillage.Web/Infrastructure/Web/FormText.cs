namespace Sillage.Web.Infrastructure.Web;

/// <summary>The free text of a form as stored: trimmed, blank as null, and no longer than its column.</summary>
public static class FormText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? TooLong(string? value, int max, string what) =>
        value is not null && value.Trim().Length > max ? $"{what} dépasse {max} caractères." : null;
}
