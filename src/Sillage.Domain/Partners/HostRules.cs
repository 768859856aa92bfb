using System.Text;
using Sillage.Domain;
using Sillage.Domain.People;

namespace Sillage.Domain.Partners;

/// <summary>The checks on a host structure, shared by the forms and the CSV import.</summary>
public static class HostRules
{
    public const int MaxNameLength = 200;

    /// <summary>Legal forms and filler words that do not tell two structures apart ("SARL Duval" = "Duval SARL").</summary>
    private static readonly HashSet<string> NoiseWords =
    [
        "sa", "sas", "sasu", "sarl", "eurl", "sci", "scop", "scic", "snc", "sca", "gie", "ei", "eirl", "selarl",
        "association", "asso", "ste", "societe", "cie", "compagnie", "et", "de", "du", "des", "la", "le", "les", "l", "d",
    ];

    public static Message? CheckName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Message("Nom de la structure manquant.");
        }

        return value.Trim().Length > MaxNameLength ? new Message("Nom de la structure trop long ({0} caractères au plus).", MaxNameLength) : null;
    }

    /// <summary>French postal codes: 5 digits (optional field).</summary>
    public static Message? CheckPostalCode(string? value) =>
        string.IsNullOrWhiteSpace(value) || (value.Trim().Length == 5 && value.Trim().All(char.IsAsciiDigit))
            ? null
            : new Message("Code postal « {0} » invalide : 5 chiffres attendus.", value.Trim());

    /// <summary>An optional e-mail address.</summary>
    public static Message? CheckOptionalEmail(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : PersonRules.CheckEmail(value);

    /// <summary>The name as duplicates are compared: no case, accents, punctuation, legal form or filler word.</summary>
    public static string NormalizeName(string? name)
    {
        var folded = TextFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            builder.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var significant = words.Where(w => !NoiseWords.Contains(w)).ToList();
        IEnumerable<string> kept = significant.Count > 0 ? significant : words;
        return string.Join(' ', kept);
    }

    public sealed record Candidate(Guid? Id, string Name, string? Siret);

    public enum DuplicateReason
    {
        /// <summary>The same SIRET: the same establishment, certainly.</summary>
        SameSiret = 1,

        /// <summary>The same name, and no two different SIRETs to tell them apart: probably the same.</summary>
        SameName = 2,
    }

    public sealed record Duplicate(Candidate Existing, DuplicateReason Reason);

    /// <summary>
    /// The structures of <paramref name="existing"/> the candidate would duplicate. Two establishments of one
    /// company share a name but not a SIRET: with two different SIRETs, a shared name is not a duplicate.
    /// </summary>
    public static IReadOnlyList<Duplicate> FindDuplicates(Candidate candidate, IEnumerable<Candidate> existing)
    {
        var siret = string.IsNullOrWhiteSpace(candidate.Siret) ? null : Siret.Normalize(candidate.Siret);
        var name = NormalizeName(candidate.Name);
        var found = new List<Duplicate>();
        foreach (var other in existing)
        {
            if (candidate.Id is not null && other.Id == candidate.Id)
            {
                continue;
            }

            var otherSiret = string.IsNullOrWhiteSpace(other.Siret) ? null : Siret.Normalize(other.Siret);
            if (siret is not null && siret == otherSiret)
            {
                found.Add(new(other, DuplicateReason.SameSiret));
            }
            else if (name.Length > 0 && name == NormalizeName(other.Name) && (siret is null || otherSiret is null))
            {
                found.Add(new(other, DuplicateReason.SameName));
            }
        }

        return found;
    }

    public static Message Describe(Duplicate duplicate) => duplicate.Reason == DuplicateReason.SameSiret
        ? new Message("« {0} » a déjà le SIRET {1}.", duplicate.Existing.Name, Siret.Format(Siret.Normalize(duplicate.Existing.Siret!)))
        : new Message("« {0} » porte déjà ce nom (sans SIRET pour les distinguer).", duplicate.Existing.Name);
}
