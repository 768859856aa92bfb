using System.Text;

namespace Sillage.Domain.Portfolio;

/// <summary>
/// The words full-text search works on, the same for what is indexed and what is asked: case and accents
/// folded ("Sécurité" = "securite") and French plurals reduced ("réseaux" = "réseau", "sites" = "site",
/// "locaux" = "local"). SQLite FTS5 and PostgreSQL (simple configuration) both index this text, so both
/// providers find the same traces.
/// </summary>
public static class FrenchSearch
{
    public const int MaxTerms = 8;

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["travaux"] = "travail",
        ["yeux"] = "oeil",
    };

    public static string IndexText(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            foreach (var word in Words(part))
            {
                builder.Append(word).Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The query's words (at most <see cref="MaxTerms"/>, each of two characters or more), ready to match
    /// as prefixes: "sécu" finds "sécurité".</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        Words(query).Where(w => w.Length >= 2).Distinct().Take(MaxTerms).ToList();

    /// <summary>FTS5 MATCH expression: every term, as a prefix (<c>"secu"* AND "site"*</c>).</summary>
    public static string Fts5Query(IReadOnlyList<string> terms) => string.Join(" AND ", terms.Select(t => $"\"{t}\"*"));

    /// <summary>PostgreSQL to_tsquery expression: <c>secu:* &amp; site:*</c>.</summary>
    public static string TsQuery(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(t => t + ":*"));

    public static IEnumerable<string> Words(string? text)
    {
        var folded = TextFolding.Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return Stem(folded[start..i]);
                start = -1;
            }
        }
    }

    /// <summary>Singular of a folded French word, by the common plural rules (not a full stemmer: "installer"
    /// and "installation" stay apart).</summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var singular))
        {
            return singular;
        }

        if (word.Length <= 3 || word.Any(char.IsDigit))
        {
            return word;
        }

        if (word.EndsWith("eaux", StringComparison.Ordinal) || word.EndsWith("eux", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^1];
        }

        if (word.EndsWith("aux", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "al";
        }

        if ((word[^1] is 's' or 'x') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
