namespace Sillage.Web.Infrastructure.Files;

/// <summary>Section <c>Storage</c>: where files go, and what uploads may be.</summary>
public sealed class StorageOptions
{
    /// <summary>"Local" (default) or "S3".</summary>
    public string Provider { get; set; } = "Local";
    public string LocalPath { get; set; } = "data/files";
    public string? S3ServiceUrl { get; set; }
    public string? S3Region { get; set; }
    public string? S3Bucket { get; set; }
    public string? S3AccessKey { get; set; }
    public string? S3SecretKey { get; set; }
    public bool S3ForcePathStyle { get; set; } = true;

    /// <summary>Largest accepted upload, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 20;

    public string[] AllowedExtensions { get; set; } =
        ["pdf", "png", "jpg", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "odt", "ods", "odp", "odg", "txt", "md", "csv", "zip", "mp4", "mp3"];

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
