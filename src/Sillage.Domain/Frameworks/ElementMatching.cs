using Sillage.Domain.Portfolio;

namespace Sillage.Domain.Frameworks;

/// <summary>
/// Proposes, for elements of an old version, the element of a new version that takes their place: the element of the
/// same code and kind first; otherwise the element of the same kind whose text is the most similar (words compared with
/// case and accents folded, <see cref="Similarity"/> at least <see cref="Threshold"/>); otherwise none. A proposal, never
/// a decision: the référent confirms or changes each one.
/// </summary>
public static class ElementMatching
{
    /// <summary>Half of the words in common: "Recueillir les besoins" and "Recueillir et analyser les besoins" match,
    /// two unrelated critères do not.</summary>
    public const double Threshold = 0.5;

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une", "avec",
    };

    public static IReadOnlyDictionary<Guid, Proposal> Propose(IEnumerable<VersionElement> used, IReadOnlyList<VersionElement> candidates)
    {
        var byKey = candidates.GroupBy(c => (c.Code, c.Kind)).ToDictionary(g => g.Key, g => g.First());
        var tokens = candidates.ToDictionary(c => c.Id, c => Tokens(c.Title));
        var result = new Dictionary<Guid, Proposal>();
        foreach (var element in used)
        {
            if (byKey.TryGetValue((element.Code, element.Kind), out var same))
            {
                result[element.Id] = new Proposal(same.Id, ProposalReason.SameCode, 1);
                continue;
            }

            var words = Tokens(element.Title);
            var best = candidates.Where(c => c.Kind == element.Kind)
                .Select(c => (Candidate: c, Score: Jaccard(words, tokens[c.Id])))
                .Where(x => x.Score >= Threshold)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Code, ElementCodeOrder.Instance)
                .FirstOrDefault();
            result[element.Id] = best.Candidate is null
                ? new Proposal(null, ProposalReason.None, 0)
                : new Proposal(best.Candidate.Id, ProposalReason.SimilarText, best.Score);
        }

        return result;
    }

    /// <summary>Token Jaccard index of two texts (0 to 1), case, accents, plurals, punctuation and small words ignored.</summary>
    public static double Similarity(string a, string b) => Jaccard(Tokens(a), Tokens(b));

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>The words of a text as full-text search reads them (folded, plurals reduced), small words left out.</summary>
    private static HashSet<string> Tokens(string text) => FrenchSearch.Words(text).Where(w => !Stopwords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    public sealed record Proposal(Guid? NewId, ProposalReason Reason, double Score);
}

public enum ProposalReason
{
    None = 0,
    SameCode = 1,
    SimilarText = 2,
}
