namespace Sillage.Domain.Portfolio;

/// <summary>Tags typed by the learner, separated by commas or semicolons: trimmed, without '#', duplicates
/// (ignoring case and accents) removed, at most <see cref="MaxCount"/> of at most <see cref="MaxLength"/> characters.</summary>
public static class TraceTags
{
    public const int MaxCount = 12;
    public const int MaxLength = 40;

    public static IReadOnlyList<string> Parse(string? text)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = string.Join(' ', raw.TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (tag.Length > 0 && seen.Add(TextFolding.Fold(tag)))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);

    /// <summary>French messages for tags out of bounds, empty when they are fine.</summary>
    public static IEnumerable<Message> Problems(string? text)
    {
        var tags = Parse(text);
        if (tags.Count > MaxCount)
        {
            yield return new Message("Pas plus de {0} mots-clés ({1} saisis).", MaxCount, tags.Count);
        }

        foreach (var tag in tags.Where(t => t.Length > MaxLength))
        {
            yield return new Message("Le mot-clé « {0}… » dépasse {1} caractères.", tag[..20], MaxLength);
        }
    }
}
