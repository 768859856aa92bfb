using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>Checks an uploaded document (type, size, content) and stores it; used for the documents of situations,
/// missions and organisations.</summary>
public sealed class AttachmentUpload(IFileStore files, IOptions<StorageOptions> storage, TimeProvider clock)
{
    public sealed record Stored(string Key, string FileName, string ContentType, long Size);

    /// <returns>The stored file, or the reason it was refused.</returns>
    public async Task<(Stored? File, Message? Error)> SaveAsync(IFormFile? upload, string prefix, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, new Message("Choisissez un fichier non vide."));
        }

        var options = storage.Value;
        var head = new byte[4096];
        int read;
        await using (var stream = upload.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var check = FileCheck.Check(upload.FileName, head.AsSpan(0, read), upload.Length, options.MaxUploadBytes,
            options.AllowedExtensions.ToHashSet(StringComparer.OrdinalIgnoreCase));
        if (!check.Accepted)
        {
            return (null, check.Error);
        }

        var key = FileKeys.New(prefix, clock.GetUtcNow().UtcDateTime);
        await using (var stream = upload.OpenReadStream())
        {
            await files.SaveAsync(key, stream, check.Type!.ContentType, cancellationToken);
        }

        return (new Stored(key, FileCheck.SafeName(upload.FileName), check.Type!.ContentType, upload.Length), null);
    }
}
