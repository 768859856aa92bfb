using System.IO.Compression;
using Sillage.Domain;
using Sillage.Domain.Files;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The checks of an import's zip that need only its directory: number of files, names (no absolute path, no "..", no
/// backslash), announced sizes — of the manifest, of each attachment, of the whole — and expansion ratio. Run on the
/// page (nothing stored when they fail) and by the job. The sizes are the zip's own claims: <see cref="CountedRead"/>
/// makes the job stop at them when the bytes read exceed them.
/// </summary>
public static class ImportArchive
{
    public const string ManifestName = "manifest.json";

    /// <summary>Below this size a file's compression ratio does not matter.</summary>
    private const long RatioFloorBytes = 1024L * 1024L;

    public static Message? Check(ZipArchive zip, ImportLimits limits, long maxAttachmentBytes)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return new Message("L'archive contient {0} fichiers : un import en accepte {1} au plus.", zip.Entries.Count, limits.MaxEntries);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!IsSafeName(entry.FullName))
            {
                return new Message("L'archive contient un nom de fichier refusé (« {0} ») : chemin absolu, remontée « .. » ou barre oblique inverse.", entry.FullName);
            }

            var max = entry.FullName == ManifestName ? limits.MaxManifestBytes : maxAttachmentBytes;
            if (entry.Length > max)
            {
                return new Message("{0} fait {1} une fois décompressé : {2} au plus.", entry.FullName, FileCheck.FormatSize(entry.Length), FileCheck.FormatSize(max));
            }

            if (entry.Length > RatioFloorBytes && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
            {
                return new Message("{0} se décompresse plus de {1} fois plus gros que dans l'archive : archive piégée (« zip bomb ») ou abîmée.", entry.FullName, limits.MaxCompressionRatio);
            }

            total += entry.Length;
        }

        return total > limits.MaxTotalBytes
            ? new Message("Le contenu de l'archive fait {0} une fois décompressé : {1} au plus.", FileCheck.FormatSize(total), FileCheck.FormatSize(limits.MaxTotalBytes))
            : null;
    }

    /// <summary>A relative path of forward-slash separated names, none of them "." or "..", without a drive or control character.</summary>
    public static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 300 && !name.StartsWith('/') && !name.Contains('\\') && !name.Contains(':')
        && !name.Any(char.IsControl) && name.TrimEnd('/').Split('/').All(part => part.Length > 0 && part is not ("." or ".."));

    /// <summary>An entry's content that fails with <see cref="InvalidDataException"/> once more than <paramref name="max"/>
    /// bytes come out of it, whatever the zip announced.</summary>
    public static async Task<Stream> CountedRead(ZipArchiveEntry entry, long max, CancellationToken cancellationToken) =>
        new CountedStream(await entry.OpenAsync(cancellationToken), Math.Min(max, entry.Length), entry.FullName);
}
