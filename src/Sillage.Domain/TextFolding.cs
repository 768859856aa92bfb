using System.Globalization;
using System.Text;

namespace Sillage.Domain;

/// <summary>Folds text for matching as French readers expect: case and accents ignored ("Sécurité" = "securite").</summary>
public static class TextFolding
{
    /// <summary>Orders names as a French list does: "Çelik" with the C, "Élodie" with the E, case ignored.
    /// Databases sort by code point (accented initials after Z), so lists of people are ordered in memory.</summary>
    public static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch switch
                {
                    'œ' or 'Œ' => "oe",
                    'æ' or 'Æ' => "ae",
                    '’' => "'",
                    _ => char.ToLowerInvariant(ch).ToString(),
                });
            }
        }

        return builder.ToString();
    }

    public static bool Contains(string? text, string foldedQuery) =>
        foldedQuery.Length == 0 || Fold(text).Contains(foldedQuery, StringComparison.Ordinal);
}
