namespace Sillage.Domain.Career;

/// <summary>
/// What a Pix result must respect: a date neither in the future nor before Pix existed, levels 0 to 8 on the CRCN's
/// compétences (the list comes from the shipped CRCN référentiel), a global score from 0 to 1,024 pix that the levels
/// do not contradict (each level is worth 8 pix: levels adding up to n need at least 8 × n pix), and a certificate
/// number for a certification. Problems are French templates with the field they concern.
/// </summary>
public static class PixRules
{
    public const int MaxLevel = 8;
    public const int PixPerLevel = 8;

    /// <summary>16 compétences × 8 levels × 8 pix.</summary>
    public const int MaxScore = 1024;

    /// <summary>Pix opened to the public in 2016.</summary>
    public static readonly DateOnly FirstDay = new(2016, 1, 1);

    public sealed record Problem(string Field, Message Text);

    public static IReadOnlyList<Problem> Check(PixResultKind kind, DateOnly? takenOn, int? score, IReadOnlyDictionary<string, int?> levels,
        string? certificateNumber, IReadOnlyCollection<string> crcnCodes, DateOnly today)
    {
        var problems = new List<Problem>();
        if (takenOn is not { } date)
        {
            problems.Add(new("TakenOn", new Message("Indiquez la date du résultat.")));
        }
        else if (date > today)
        {
            problems.Add(new("TakenOn", new Message("La date du résultat ne peut pas être dans le futur.")));
        }
        else if (date < FirstDay)
        {
            problems.Add(new("TakenOn", new Message("Pix n'existait pas avant 2016 : vérifiez la date.")));
        }

        if (score is not { } pix)
        {
            problems.Add(new("Score", new Message("Indiquez le score global, en pix.")));
        }
        else if (pix is < 0 or > MaxScore)
        {
            problems.Add(new("Score", new Message("Le score global est compris entre 0 et {0} pix.", MaxScore)));
        }

        if (kind == PixResultKind.Certification)
        {
            var number = certificateNumber?.Trim();
            if (string.IsNullOrEmpty(number))
            {
                problems.Add(new("CertificateNumber", new Message("Indiquez le numéro du certificat Pix.")));
            }
            else if (number.Length > PixResult.MaxCertificateNumberLength || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                problems.Add(new("CertificateNumber", new Message("Le numéro du certificat ne contient que des lettres, des chiffres et des tirets ({0} caractères au plus).", PixResult.MaxCertificateNumberLength)));
            }

            return problems;
        }

        foreach (var code in levels.Keys.Where(c => !crcnCodes.Contains(c)).Order(StringComparer.Ordinal))
        {
            problems.Add(new("Levels", new Message("« {0} » n'est pas une compétence du CRCN.", code)));
        }

        foreach (var (code, level) in levels.Where(l => l.Value is not null && crcnCodes.Contains(l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (level is < 0 or > MaxLevel)
            {
                problems.Add(new($"Levels[{code}]", new Message("Compétence {0} : le niveau est compris entre 0 et {1}.", code, MaxLevel)));
            }
        }

        if (levels.Values.All(v => v is null))
        {
            problems.Add(new("Levels", new Message("Indiquez le niveau d'au moins une compétence.")));
        }
        else if (problems.Count == 0 && score is { } total && total < MinimumScore(levels.Values))
        {
            problems.Add(new("Score", new Message("Avec ces niveaux, le score global est d'au moins {0} pix (8 pix par niveau).", MinimumScore(levels.Values))));
        }

        return problems;
    }

    /// <summary>The least global score the levels require: 8 pix per level reached.</summary>
    public static int MinimumScore(IEnumerable<int?> levels) => PixPerLevel * levels.Sum(l => l ?? 0);
}
