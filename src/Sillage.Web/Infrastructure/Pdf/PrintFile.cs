namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>A file a printed document shows (an image), whose bytes Sillage itself hands to Chromium.</summary>
public sealed record PrintFile(byte[] Content, string ContentType)
{
    /// <summary>A stored file, read whole; null when it is missing from the store.</summary>
    public static async Task<PrintFile?> ReadAsync(Sillage.Web.Infrastructure.Files.IFileStore store, string key, string contentType, CancellationToken cancellationToken)
    {
        await using var source = await store.OpenReadAsync(key, cancellationToken);
        if (source is null)
        {
            return null;
        }

        using var content = new MemoryStream();
        await source.CopyToAsync(content, cancellationToken);
        return new PrintFile(content.ToArray(), contentType);
    }
}

/// <summary>Finds the file a printed document asks for by its path (e.g. <c>/dossier/pieces/{id}</c>) among the files
/// this document may show, read server-side from the file store; null for anything else, which is then refused.</summary>
public delegate Task<PrintFile?> PrintFiles(string path, CancellationToken cancellationToken);
