using System.Text;

namespace Sillage.Domain.Files;

/// <summary>
/// Decides whether an uploaded file may be kept: allowed extension, size within the limit, not empty, not an
/// executable or active content, and first bytes that match the extension (a renamed .exe is refused).
/// The file name is only used for its extension; it never becomes a path.
/// </summary>
public static class FileCheck
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] Id3 = "ID3"u8.ToArray();
    private static readonly byte[] Elf = [0x7F, (byte)'E', (byte)'L', (byte)'F'];

    public static readonly IReadOnlyDictionary<string, FileType> Known = new Dictionary<string, FileType>(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = new("pdf", "application/pdf", "PDF", FileFamily.Document),
        ["png"] = new("png", "image/png", "image PNG", FileFamily.Image),
        ["jpg"] = new("jpg", "image/jpeg", "image JPEG", FileFamily.Image),
        ["jpeg"] = new("jpeg", "image/jpeg", "image JPEG", FileFamily.Image),
        ["gif"] = new("gif", "image/gif", "image GIF", FileFamily.Image),
        ["webp"] = new("webp", "image/webp", "image WebP", FileFamily.Image),
        ["docx"] = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document Word", FileFamily.Document),
        ["xlsx"] = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "classeur Excel", FileFamily.Document),
        ["pptx"] = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "présentation PowerPoint", FileFamily.Document),
        ["odt"] = new("odt", "application/vnd.oasis.opendocument.text", "document OpenDocument", FileFamily.Document),
        ["ods"] = new("ods", "application/vnd.oasis.opendocument.spreadsheet", "classeur OpenDocument", FileFamily.Document),
        ["odp"] = new("odp", "application/vnd.oasis.opendocument.presentation", "présentation OpenDocument", FileFamily.Document),
        ["odg"] = new("odg", "application/vnd.oasis.opendocument.graphics", "dessin OpenDocument", FileFamily.Document),
        ["zip"] = new("zip", "application/zip", "archive ZIP", FileFamily.Archive),
        ["txt"] = new("txt", "text/plain; charset=utf-8", "texte", FileFamily.Text),
        ["md"] = new("md", "text/markdown; charset=utf-8", "texte Markdown", FileFamily.Text),
        ["csv"] = new("csv", "text/csv; charset=utf-8", "tableau CSV", FileFamily.Text),
        ["json"] = new("json", "application/json", "données JSON", FileFamily.Text),
        ["mp4"] = new("mp4", "video/mp4", "vidéo MP4", FileFamily.Media),
        ["mp3"] = new("mp3", "audio/mpeg", "son MP3", FileFamily.Media),
    };

    /// <summary>Extensions refused whatever the settings: programs, scripts, and active web content
    /// (HTML and SVG can carry script).</summary>
    public static readonly IReadOnlySet<string> Dangerous = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "msi", "bat", "cmd", "com", "scr", "pif", "dll", "sys", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh",
        "hta", "jar", "sh", "bash", "php", "phtml", "py", "pl", "rb", "apk", "app", "dmg", "iso", "lnk", "reg",
        "html", "htm", "xhtml", "svg", "svgz", "xml", "swf", "docm", "xlsm", "pptm",
    };

    public sealed record Result(FileType? Type, Message? Error)
    {
        public bool Accepted => Type is not null;
    }

    /// <param name="fileName">The name the browser sent (only its extension is read).</param>
    /// <param name="head">The first bytes of the content (at least 4 KiB when the file is that long).</param>
    /// <param name="length">The full length in bytes.</param>
    /// <param name="maxBytes">The configured size limit.</param>
    /// <param name="allowed">The configured allowed extensions.</param>
    public static Result Check(string? fileName, ReadOnlySpan<byte> head, long length, long maxBytes, IReadOnlySet<string> allowed)
    {
        var extension = Extension(fileName);
        if (length == 0)
        {
            return new(null, new Message("Le fichier « {0} » est vide.", SafeName(fileName)));
        }

        if (length > maxBytes)
        {
            return new(null, new Message("Le fichier « {0} » dépasse la taille maximale ({1}) : il fait {2}.", SafeName(fileName), FormatSize(maxBytes), FormatSize(length)));
        }

        if (extension.Length == 0)
        {
            return new(null, new Message("Le fichier « {0} » n'a pas d'extension : impossible de savoir ce qu'il contient.", SafeName(fileName)));
        }

        if (Dangerous.Contains(extension) || LooksExecutable(head))
        {
            return new(null, new Message("Le fichier « {0} » est refusé : les programmes, scripts et pages web actives (.{1}) peuvent être dangereux.", SafeName(fileName), extension));
        }

        if (!allowed.Contains(extension) || !Known.TryGetValue(extension, out var type))
        {
            return new(null, new Message("Le type .{0} n'est pas accepté. Types acceptés : {1}.", extension, string.Join(", ", allowed.Order().Select(e => "." + e))));
        }

        return Matches(type, head)
            ? new(type, null)
            : new(null, new Message("Le contenu du fichier « {0} » ne correspond pas à son extension .{1} (fichier renommé ou abîmé).", SafeName(fileName), extension));
    }

    public static string Extension(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var dot = name.LastIndexOf('.');
        return dot < 0 || dot == name.Length - 1 ? "" : name[(dot + 1)..].ToLowerInvariant();
    }

    /// <summary>The name to show and to offer on download: no folder part, no control characters, no invisible
    /// formatting characters (« facture&lt;U+202E&gt;fdp.exe », with a right-to-left override, reads « factureexe.pdf »), at most 150 chars.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format
            && c is not ('/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "fichier";
        }

        return name.Length <= 150 ? name : name[..100] + "…" + name[^45..];
    }

    /// <summary>A size for the reader, in the unit that suits it (its unit word translated with the template).</summary>
    public static Message FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => new Message("{0:0.#} Mo", bytes / 1024d / 1024d),
        >= 1024 => new Message("{0:0} ko", bytes / 1024d),
        _ => new Message("{0} octets", bytes),
    };

    private static bool Matches(FileType type, ReadOnlySpan<byte> head) => type.Extension switch
    {
        "pdf" => head.StartsWith(Pdf),
        "png" => head.StartsWith(Png),
        "jpg" or "jpeg" => head.StartsWith(Jpeg),
        "gif" => head.StartsWith(Gif87) || head.StartsWith(Gif89),
        "webp" => head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(Webp),
        "docx" or "xlsx" or "pptx" or "odt" or "ods" or "odp" or "odg" or "zip" => head.StartsWith(Zip),
        "mp4" => head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8),
        "mp3" => head.StartsWith(Id3) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0),
        "txt" or "md" or "csv" or "json" => IsText(head),
        _ => false,
    };

    private static bool IsText(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        // Valid UTF-8, or a single-byte encoding (Windows-1252) without control characters other than whitespace.
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(TrimIncompleteUtf8(head));
            return true;
        }
        catch (DecoderFallbackException)
        {
            foreach (var b in head)
            {
                if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A head cut in the middle of a multi-byte character is still text.</summary>
    private static ReadOnlySpan<byte> TrimIncompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var i = 1; i <= 3 && end - i >= 0; i++)
        {
            var b = bytes[end - i];
            if ((b & 0xC0) != 0x80)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > i ? bytes[..(end - i)] : bytes;
            }
        }

        return bytes;
    }

    /// <summary>Windows (MZ) and Linux (ELF) executables and shell scripts, whatever their name.</summary>
    private static bool LooksExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8) || head.StartsWith(Elf) || head.StartsWith("#!"u8);
}
