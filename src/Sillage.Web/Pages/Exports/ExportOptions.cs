namespace Sillage.Web.Pages.Exports;

/// <summary>Section <c>Exports</c>.</summary>
public sealed class ExportOptions
{
    /// <summary>Days an export stays downloadable; the retention job then deletes it.</summary>
    public int RetentionDays { get; set; } = 7;

    /// <summary>Largest JSON export accepted for re-import, in megabytes.</summary>
    public int MaxImportMegabytes { get; set; } = 500;

    /// <summary>The establishment's public address, used in Open Badges (issuer and evidence links); the request's address when empty.</summary>
    public string? PublicUrl { get; set; }
}
