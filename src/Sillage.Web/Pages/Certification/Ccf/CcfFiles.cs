using Microsoft.AspNetCore.Mvc;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>The CCF's files: uploads go through the app's file checks (<see cref="AttachmentUpload"/>) and every upload is
/// a new <see cref="CcfFile"/> row; downloads are served from the file store under the stored name.</summary>
public sealed class CcfFiles(SillageDb db, AttachmentUpload upload, IFileStore store, TimeProvider clock)
{
    /// <param name="owner">Sets the owner id matching the kind (SittingId, CandidateId or ProjectId).</param>
    /// <returns>The new row (added to the unit of work), or the French reason the file was refused.</returns>
    public async Task<(CcfFile? File, Message? Error)> AddAsync(IFormFile? file, CcfFileKind kind, Guid uploadedBy, Action<CcfFile> owner)
    {
        var (stored, error) = await upload.SaveAsync(file, $"ccf/{kind.ToString().ToLowerInvariant()}");
        if (stored is null)
        {
            return (null, error);
        }

        var row = new CcfFile
        {
            Kind = kind, FileKey = stored.Key, FileName = stored.FileName, ContentType = stored.ContentType, Size = stored.Size,
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedById = uploadedBy,
        };
        owner(row);
        db.CcfFiles.Add(row);
        return (row, null);
    }

    public async Task<IActionResult> DownloadAsync(CcfFile? file)
    {
        var stream = file is null ? null : await store.OpenReadAsync(file.FileKey);
        return stream is null ? new NotFoundResult() : new FileStreamResult(stream, file!.ContentType) { FileDownloadName = file.FileName };
    }
}
