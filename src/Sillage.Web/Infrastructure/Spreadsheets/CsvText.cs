using System.Text;
using Sillage.Domain;
using Sillage.Web.Infrastructure.Security;

namespace Sillage.Web.Infrastructure.Spreadsheets;

/// <summary>The text of an imported CSV file as spreadsheet programs write it: its encoding and its separator.</summary>
public static class CsvText
{
    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM), Windows-1252 otherwise
    /// (what spreadsheet programs write on French Windows).</summary>
    public static (string Text, string EncodingName) Decode(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(content);
            return (text.TrimStart('\uFEFF'), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(content), "Windows-1252");
        }
    }

    /// <summary>';' (French spreadsheet programs) unless the first line has more commas.</summary>
    public static char Delimiter(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>A line holding NUL or another control character (or, read as Windows-1252, a byte that is no letter):
    /// no spreadsheet writes one in a name, and the database would refuse it.</summary>
    public static readonly Message InvalidCharacters = new("Caractère invalide dans la ligne (caractère nul ou de contrôle) : corrigez le fichier.");

    public static bool HasInvalidCharacters(params ReadOnlySpan<string?> cells)
    {
        foreach (var cell in cells)
        {
            if (cell is not null && cell.AsSpan().ContainsAny(InvalidTextFilter.Controls))
            {
                return true;
            }
        }

        return false;
    }
}
