namespace Sillage.Web.Infrastructure.Files;

/// <summary>
/// Where files live (attachments, scans, exports): a local folder by default, S3-compatible object storage by
/// configuration (several app instances then share it). Keys are made by the platform — never from a file
/// name — from lowercase letters, digits, '-', '_', '.' and '/'.
/// </summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>The content, or null when no file has this key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Throws, with a message an operator can act on, when the store cannot be used (checked at start).</summary>
    Task CheckAsync(CancellationToken cancellationToken = default);

    /// <summary>Every key under a prefix (for erasure and consistency checks); every key of the store for "" (backups).</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);
}
