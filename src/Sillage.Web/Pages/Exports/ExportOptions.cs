namespace Sillage.Web.Pages.Exports;

/// <summary>Section <c>Exports</c>.</summary>
public sealed class ExportOptions
{
    /// <summary>Days an export stays downloadable; the retention job then deletes it.</summary>
    public int RetentionDays { get; set; } = 7;

    /// <summary>
    /// Up to this many traces the dossier's PDF is tagged (accessible structure for screen readers); above, it is
    /// printed untagged, which halves Chromium's time on a long dossier (300 traces: about 7 s tagged, 3.5 s not, on
    /// two cores). The static-site export remains the accessible version of a long dossier.
    /// </summary>
    public int TaggedPdfMaxTraces { get; set; } = 100;
}
