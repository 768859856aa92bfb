using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People.SchoolExports;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.People;

/// <summary>
/// The file of a SIECLE or STS-web import, carried from the preview to the confirmation like the CSV imports' files,
/// but gzipped first: an unzipped SIECLE export of 3,000 pupils is several megabytes, more than a form field takes.
/// </summary>
public static class SchoolImportFile
{
    /// <summary>The largest upload (the zip as downloaded, or its XML).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static async Task<byte[]?> ReadAsync(IFormFile? upload, ModelStateDictionary state, string key, IStringLocalizer l)
    {
        if (upload is null || upload.Length == 0)
        {
            state.AddMessage(l, key, new Message("Choisissez le fichier exporté (zip ou XML)."));
            return null;
        }

        if (upload.Length > MaxBytes)
        {
            state.AddMessage(l, key, new Message("Le fichier dépasse {0} Mo.", MaxBytes / 1024 / 1024));
            return null;
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public static string Carry(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The carried file; null when it is not what <see cref="Carry"/> wrote (or unpacks past the limit).</summary>
    public static byte[]? Carried(string? content, ModelStateDictionary state, IStringLocalizer l)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(content ?? "")), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > SchoolXml.MaxXmlBytes)
                {
                    throw new InvalidDataException();
                }
            }

            return buffer.Length == 0 ? throw new InvalidDataException() : buffer.ToArray();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            state.AddMessage(l, string.Empty, new Message("Le fichier à importer est illisible : recommencez l'import."));
            return null;
        }
    }
}
