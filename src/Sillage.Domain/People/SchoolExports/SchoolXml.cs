using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Sillage.Domain.People.SchoolExports;

/// <summary>
/// The XML document of a school information system export (SIECLE, STS-web), as the administration downloads it:
/// a zip holding one XML file, or the XML file itself, in the encoding its prolog declares (ISO-8859-15 or
/// ISO-8859-1 in practice). Nothing is guessed: an undeclared encoding must be UTF-8, and a file whose bytes do not
/// match its declaration is refused, so that no name is imported with broken accents.
/// </summary>
public static partial class SchoolXml
{
    /// <summary>The largest XML accepted, once unzipped (a 3,000-pupil SIECLE export is about 4 MB).</summary>
    public const long MaxXmlBytes = 32 * 1024 * 1024;

    public sealed record Result(XDocument? Document, string EncodingName, string? EntryName, Message? Error);

    static SchoolXml() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Result Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return Fail(new Message("Le fichier est vide."));
        }

        string? entryName = null;
        if (content is [(byte)'P', (byte)'K', ..])
        {
            var (xml, name, error) = Unzip(content);
            if (error is not null)
            {
                return Fail(error);
            }

            content = xml!;
            entryName = name;
        }

        var (text, encodingName, decodeError) = Decode(content);
        if (decodeError is not null)
        {
            return new(null, encodingName, entryName, decodeError);
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new StringReader(text!), settings);
            return new(XDocument.Load(reader, LoadOptions.SetLineInfo), encodingName, entryName, null);
        }
        catch (XmlException e)
        {
            return new(null, encodingName, entryName, new Message("Le fichier n'est pas un XML valide (ligne {0}, colonne {1}) : le fichier est peut-être tronqué.", e.LineNumber, e.LinePosition));
        }
    }

    /// <summary>The line of an element in the file, for messages (0 when unknown).</summary>
    public static int Line(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 0;

    /// <summary>A child's trimmed text, or an attribute's when there is no such child; empty when neither exists.</summary>
    public static string Value(XElement element, string name) =>
        (element.Element(name)?.Value ?? element.Attribute(name)?.Value ?? "").Trim();

    private static Result Fail(Message error) => new(null, "", null, error);

    private static (byte[]? Xml, string? Name, Message? Error) Unzip(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entries = archive.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
            if (entries.Count != 1)
            {
                return (null, null, new Message("L'archive zip doit contenir un seul fichier XML ; elle en contient {0}.", entries.Count));
            }

            var entry = entries[0];
            if (entry.Length > MaxXmlBytes)
            {
                return (null, null, new Message("Le fichier XML de l'archive dépasse {0} Mo.", MaxXmlBytes / 1024 / 1024));
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            // Read at most one byte past the limit: the declared length of an entry cannot be trusted.
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxXmlBytes)
                {
                    return (null, null, new Message("Le fichier XML de l'archive dépasse {0} Mo.", MaxXmlBytes / 1024 / 1024));
                }
            }

            return (buffer.ToArray(), entry.FullName, null);
        }
        catch (InvalidDataException)
        {
            return (null, null, new Message("L'archive zip est tronquée ou illisible : téléchargez de nouveau l'export."));
        }
    }

    private static (string? Text, string EncodingName, Message? Error) Decode(byte[] content)
    {
        var hasBom = content is [0xEF, 0xBB, 0xBF, ..];
        var start = hasBom ? 3 : 0;
        var head = Encoding.ASCII.GetString(content, start, Math.Min(200, content.Length - start));
        var prolog = PrologEncoding().Match(head);
        var declared = prolog.Success ? prolog.Groups[1].Value : null;
        var utf8 = new UTF8Encoding(false, true);
        if (declared is null || declared.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return (utf8.GetString(content, start, content.Length - start), "UTF-8", null);
            }
            catch (DecoderFallbackException)
            {
                var line = LineOfFirstInvalidUtf8(content, start);
                return (null, "UTF-8", declared is null
                    ? new Message("Le fichier ne déclare pas son encodage et n'est pas en UTF-8 (ligne {0}) : utilisez l'export tel que téléchargé.", line)
                    : new Message("Le fichier déclare l'encodage UTF-8 mais ne l'est pas (ligne {0}) : utilisez l'export tel que téléchargé.", line));
            }
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(declared);
        }
        catch (ArgumentException)
        {
            return (null, declared, new Message("Encodage « {0} » déclaré par le fichier inconnu.", declared));
        }

        if (encoding.IsSingleByte && LooksLikeUtf8(content, start, utf8))
        {
            return (null, declared, new Message("Le fichier déclare l'encodage {0} mais son contenu est en UTF-8 : il a été réenregistré. Utilisez l'export tel que téléchargé.", declared));
        }

        return (encoding.GetString(content, start, content.Length - start), declared.ToUpperInvariant(), null);
    }

    /// <summary>Valid UTF-8 with at least one multi-byte character: a single-byte file with accents is almost never that.</summary>
    private static bool LooksLikeUtf8(byte[] content, int start, UTF8Encoding utf8)
    {
        if (!content.AsSpan(start).ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            return false;
        }

        try
        {
            utf8.GetCharCount(content, start, content.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int LineOfFirstInvalidUtf8(byte[] content, int start)
    {
        var line = 1;
        var utf8 = new UTF8Encoding(false, true);
        var lineStart = start;
        for (var i = start; i < content.Length; i++)
        {
            if (content[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                utf8.GetCharCount(content, lineStart, i - lineStart);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            line++;
            lineStart = i + 1;
        }

        return line;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")]
    private static partial Regex PrologEncoding();
}
