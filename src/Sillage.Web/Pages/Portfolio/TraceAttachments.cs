using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// Files of traces: checked by <see cref="FileCheck"/> (size, empty, type allowed, content matching the
/// extension, nothing executable), stored under a key the platform makes, and served back with the right
/// headers: images inline (previews), everything else as a download under its original, cleaned name.
/// </summary>
public sealed class TraceAttachments(SillageDb db, IFileStore store, IOptions<StorageOptions> options, TimeProvider clock, AuditLog audit)
{
    private const int HeadLength = 4096;

    public StorageOptions Options => options.Value;

    /// <summary>Keeps the acceptable files; returns one French message per refused file.</summary>
    public async Task<(int Added, List<Message> Errors)> UploadAsync(Trace trace, Guid uploaderId, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var errors = new List<Message>();
        var allowed = new HashSet<string>(Options.AllowedExtensions, StringComparer.OrdinalIgnoreCase);
        var names = await db.Attachments.Where(a => a.TraceId == trace.Id && a.DeletedAt == null).Select(a => a.FileName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var file in files)
        {
            var head = new byte[(int)Math.Min(HeadLength, file.Length)];
            await using (var peek = file.OpenReadStream())
            {
                await peek.ReadExactlyAsync(head, cancellationToken);
            }

            var check = FileCheck.Check(file.FileName, head, file.Length, Options.MaxUploadBytes, allowed);
            if (!check.Accepted)
            {
                errors.Add(check.Error!);
                continue;
            }

            var key = FileKeys.New("traces", now);
            await using (var content = file.OpenReadStream())
            {
                await store.SaveAsync(key, content, check.Type!.ContentType, cancellationToken);
            }

            var name = Attachment.UniqueName(FileCheck.SafeName(file.FileName), names);
            names.Add(name);
            db.Attachments.Add(new Attachment
            {
                TraceId = trace.Id, FileName = name, StorageKey = key, ContentType = check.Type.ContentType, Extension = check.Type.Extension,
                Size = file.Length, IsImage = check.Type.IsImage, UploadedById = uploaderId, UploadedAt = now,
            });
            audit.Record("trace.attachment-added", trace.Id, name);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, errors);
    }

    /// <summary>The file as a response: images inline (for previews), other files as a download with their original name.</summary>
    public async Task<IActionResult> ServeAsync(Attachment attachment, HttpResponse response, CancellationToken cancellationToken)
    {
        var stream = await store.OpenReadAsync(attachment.StorageKey, cancellationToken);
        if (stream is null)
        {
            return new NotFoundResult();
        }

        var disposition = new ContentDispositionHeaderValue(attachment.IsImage ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-cache";
        return new FileStreamResult(stream, attachment.ContentType);
    }
}
