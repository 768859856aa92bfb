namespace Sillage.Web.Pages.Exports;

/// <summary>
/// Section <c>Import</c>: what a dossier import (<c>/dossier/importer</c>) may be. The zip's directory is checked on the
/// page before anything is stored, and again by the job, which also counts the bytes it actually reads (a zip's
/// announced sizes are never trusted). One attachment may be as large as an upload (<c>Storage:MaxUploadMegabytes</c>).
/// </summary>
public sealed class ImportLimits
{
    /// <summary>The uploaded zip (and so the request).</summary>
    public int MaxUploadMegabytes { get; set; } = 500;

    /// <summary>manifest.json once decompressed: it is read into memory.</summary>
    public int MaxManifestMegabytes { get; set; } = 50;

    /// <summary>Files in the zip, manifest included.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Everything in the zip once decompressed.</summary>
    public int MaxTotalMegabytes { get; set; } = 2_048;

    /// <summary>Largest decompressed / compressed size of one file (above 1 MB): a zip bomb expands thousands of times;
    /// text and JSON, tens of times.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    public long MaxUploadBytes => MaxUploadMegabytes * Megabyte;
    public long MaxManifestBytes => MaxManifestMegabytes * Megabyte;
    public long MaxTotalBytes => MaxTotalMegabytes * Megabyte;

    private const long Megabyte = 1024L * 1024L;
}
