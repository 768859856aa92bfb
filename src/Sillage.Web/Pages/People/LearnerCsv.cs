using System.Globalization;
using CsvHelper;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Infrastructure.Spreadsheets;

namespace Sillage.Web.Pages.People;

/// <summary>
/// Reads a list of learners as SIECLE or Pronote export them: columns nom, prénom, date de naissance,
/// e-mail, classe (header names vary; recognised without case or accents), separated by ';' or ',',
/// encoded in UTF-8 or Windows-1252. Every bad line gets its errors (French templates); nothing is decided here
/// about existing accounts (the import page checks those).
/// </summary>
public static class LearnerCsv
{
    public const int MaxLines = 2000;

    /// <summary>The longest class name (a group of the cohort).</summary>
    public const int MaxClassLength = 100;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["nom"] = ["nom", "nom de famille", "nom d'usage", "nom eleve", "nom_eleve", "nom de l'eleve", "nom usage"],
        ["prenom"] = ["prenom", "prenom 1", "prenom1", "prenoms", "prenom eleve", "prenom_eleve", "prenom de l'eleve"],
        ["naissance"] = ["date de naissance", "date naissance", "date_naissance", "ne(e) le", "ne le", "nee le", "date naiss", "date naiss.", "naissance", "datenaissance"],
        ["email"] = ["e-mail", "email", "mail", "courriel", "adresse e-mail", "adresse email", "adresse mail", "mel", "adresse electronique", "e-mail eleve", "mail eleve"],
        ["classe"] = ["classe", "division", "classes", "groupe", "classe/groupe"],
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    public sealed record Line(int Number, string LastName, string FirstName, DateOnly? BirthDate, string Email, string? ClassName, IReadOnlyList<Message> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public sealed record Result(IReadOnlyList<Line> Lines, IReadOnlyList<Message> FileErrors, string EncodingName, char Delimiter)
    {
        public bool IsValid => FileErrors.Count == 0 && Lines.Count > 0 && Lines.All(l => l.IsValid);
    }

    public static Result Parse(byte[] content, DateOnly today)
    {
        var (text, encodingName) = CsvText.Decode(content);
        var delimiter = CsvText.Delimiter(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new([], [new Message("Le fichier est vide.")], encodingName, delimiter);
        }

        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.FromText(text, options);
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            return new([], [new Message("Le fichier n'a pas de ligne d'en-tête.")], encodingName, delimiter);
        }

        var columns = MapColumns(header);
        var fileErrors = new List<Message>();
        foreach (var (key, label) in new[] { ("nom", "nom"), ("prenom", "prénom"), ("email", "e-mail") })
        {
            if (!columns.ContainsKey(key))
            {
                fileErrors.Add(new Message("Colonne « {0} » introuvable dans l'en-tête (colonnes lues : {1}).", label, string.Join(", ", header)));
            }
        }

        if (fileErrors.Count > 0)
        {
            return new([], fileErrors, encodingName, delimiter);
        }

        var lines = new List<Line>();
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            if (lines.Count >= MaxLines)
            {
                fileErrors.Add(new Message("Le fichier dépasse {0} lignes : découpez-le.", MaxLines));
                break;
            }

            var number = (int)csv.LineNumber;
            string Field(string key) => columns.TryGetValue(key, out var index) ? (csv.GetString(index) ?? "").Trim() : "";
            var errors = new List<Message>();
            var lastName = Field("nom");
            var firstName = Field("prenom");
            var email = Field("email");
            var className = Field("classe");
            var rawDate = Field("naissance");
            if (lastName.Length == 0 && firstName.Length == 0 && email.Length == 0 && rawDate.Length == 0)
            {
                continue;
            }

            if (CsvText.HasInvalidCharacters(lastName, firstName, email, className, rawDate))
            {
                errors.Add(CsvText.InvalidCharacters);
            }

            if (className.Length > MaxClassLength)
            {
                errors.Add(new Message("Classe trop longue ({0} caractères au plus).", MaxClassLength));
            }

            Add(errors, PersonRules.CheckName(lastName, new Message("Nom")));
            Add(errors, PersonRules.CheckName(firstName, new Message("Prénom")));
            Add(errors, PersonRules.CheckEmail(email));
            DateOnly? birthDate = null;
            if (rawDate.Length > 0)
            {
                if (DateOnly.TryParseExact(rawDate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    birthDate = parsed;
                    Add(errors, PersonRules.CheckBirthDate(parsed, today));
                }
                else
                {
                    errors.Add(new Message("Date de naissance « {0} » illisible (format attendu : JJ/MM/AAAA).", rawDate));
                }
            }

            if (email.Length > 0 && PersonRules.CheckEmail(email) is null)
            {
                var normalized = PersonRules.NormalizeEmail(email);
                if (emails.TryGetValue(normalized, out var firstNumber))
                {
                    errors.Add(new Message("Adresse e-mail « {0} » en double (déjà ligne {1}).", email, firstNumber));
                }
                else
                {
                    emails[normalized] = number;
                }

                email = normalized;
            }

            lines.Add(new Line(number, lastName, firstName, birthDate, email, className.Length == 0 ? null : className, errors));
        }

        if (lines.Count == 0 && fileErrors.Count == 0)
        {
            fileErrors.Add(new Message("Le fichier ne contient aucun apprenant après la ligne d'en-tête."));
        }

        return new(lines, fileErrors, encodingName, delimiter);
    }

    private static Dictionary<string, int> MapColumns(string[] header)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = TextFolding.Fold(header[i]).Replace('_', ' ').Trim();
            foreach (var (key, aliases) in Aliases)
            {
                if (!columns.ContainsKey(key) && aliases.Contains(name))
                {
                    columns[key] = i;
                }
            }
        }

        return columns;
    }

    private static void Add(List<Message> errors, Message? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
