using Sillage.Web.PartnerDirectory;
using System.Globalization;
using CsvHelper;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Infrastructure.Spreadsheets;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Partners;

/// <summary>
/// Reads a list of host structures from a spreadsheet export: one line per structure, with its first contact.
/// Columns are recognised by their header (case and accents ignored): nom (required), siret, type, taille or
/// effectif, secteur, adresse, code postal, ville, téléphone, e-mail, site, and contact nom / prénom / fonction /
/// e-mail / téléphone. Every bad line gets its errors (messages the page translates), duplicates inside the file included; the import
/// page adds the duplicates of the directory.
/// </summary>
public static class HostCsv
{
    public const int MaxLines = 2000;

    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        ["nom"] = ["nom", "raison sociale", "structure", "nom de la structure", "organisation", "entreprise", "denomination", "nom structure"],
        ["siret"] = ["siret", "n siret", "numero siret", "no siret"],
        ["type"] = ["type", "type de structure", "nature", "categorie"],
        ["taille"] = ["taille", "effectif", "effectifs", "nombre de salaries", "salaries"],
        ["secteur"] = ["secteur", "secteur d'activite", "activite", "naf", "code naf"],
        ["adresse"] = ["adresse", "rue", "adresse postale"],
        ["cp"] = ["code postal", "cp", "code_postal"],
        ["ville"] = ["ville", "commune", "localite"],
        ["telephone"] = ["telephone", "tel", "tel."],
        ["email"] = ["e-mail", "email", "mail", "courriel", "adresse e-mail"],
        ["site"] = ["site", "site web", "site internet", "url"],
        ["contact_nom"] = ["contact nom", "nom du contact", "nom contact", "tuteur nom", "nom du tuteur"],
        ["contact_prenom"] = ["contact prenom", "prenom du contact", "prenom contact", "tuteur prenom", "prenom du tuteur"],
        ["contact_fonction"] = ["contact fonction", "fonction", "fonction du contact", "fonction contact"],
        ["contact_email"] = ["contact e-mail", "contact email", "e-mail du contact", "email contact", "mail contact", "email du tuteur"],
        ["contact_telephone"] = ["contact telephone", "telephone du contact", "tel contact"],
    };

    public sealed record Line(int Number, HostInput Host, ContactInput? Contact, IReadOnlyList<Message> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public sealed record Result(IReadOnlyList<Line> Lines, IReadOnlyList<Message> FileErrors, string EncodingName, char Delimiter)
    {
        public bool IsValid => FileErrors.Count == 0 && Lines.Count > 0 && Lines.All(l => l.IsValid);
    }

    public static Result Parse(byte[] content)
    {
        var (text, encodingName) = CsvText.Decode(content);
        var delimiter = CsvText.Delimiter(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new([], [new Message("Le fichier est vide.")], encodingName, delimiter);
        }

        using var csv = CsvReader.FromText(text, new CsvReaderOptions
        {
            Separator = delimiter, HasHeader = true, TrimWhitespace = true, SkipEmptyLines = true, TrackLineNumbers = true, IncludeValuesInExceptions = false,
        });
        var header = csv.Headers.ToArray();
        var columns = MapColumns(header);
        if (!columns.ContainsKey("nom"))
        {
            return new([], [new Message("Colonne « nom » introuvable dans l'en-tête (colonnes lues : {0}).", string.Join(", ", header))], encodingName, delimiter);
        }

        var lines = new List<Line>();
        var fileErrors = new List<Message>();
        while (csv.Read())
        {
            if (lines.Count >= MaxLines)
            {
                fileErrors.Add(new Message("Le fichier dépasse {0} lignes : découpez-le.", MaxLines));
                break;
            }

            var errors = new List<Message>();
            var invalid = false;
            string? Field(string key)
            {
                var value = columns.TryGetValue(key, out var index) ? FormText.Clean(csv.GetString(index)) : null;
                invalid |= CsvText.HasInvalidCharacters(value);
                return value;
            }

            var host = new HostInput
            {
                Name = Field("nom"), Siret = Field("siret"), Kind = ParseKind(Field("type"), errors), Size = ParseSize(Field("taille"), errors),
                Sector = Field("secteur"), Street = Field("adresse"), PostalCode = Field("cp"), City = Field("ville"), Phone = Field("telephone"),
                Email = Field("email"), Website = Field("site"),
            };
            var contact = new ContactInput
            {
                LastName = Field("contact_nom"), FirstName = Field("contact_prenom"), Position = Field("contact_fonction"),
                Email = Field("contact_email"), Phone = Field("contact_telephone"),
            };
            if (host.Name is null && host.Siret is null && contact.IsEmpty)
            {
                continue;
            }

            if (invalid)
            {
                errors.Add(CsvText.InvalidCharacters);
            }

            errors.AddRange(host.Validate("").Select(e => e.Error).DistinctBy(e => e.ToString()));
            if (!contact.IsEmpty)
            {
                errors.AddRange(contact.Validate("").Select(e => e.Error));
            }

            var number = (int)csv.LineNumber;
            var earlier = lines.Select(l => new HostRules.Candidate(null, l.Host.Name ?? "", l.Host.Siret));
            if (host.Name is not null && HostRules.FindDuplicates(new(null, host.Name, host.Siret), earlier).FirstOrDefault() is { } twin)
            {
                var first = lines.First(l => l.Host.Name == twin.Existing.Name && l.Host.Siret == twin.Existing.Siret);
                errors.Add(new Message("Doublon de la ligne {0} : {1}", first.Number, HostRules.Describe(twin)));
            }

            lines.Add(new Line(number, host, contact.IsEmpty ? null : contact, errors));
        }

        if (lines.Count == 0 && fileErrors.Count == 0)
        {
            fileErrors.Add(new Message("Le fichier ne contient aucune structure après la ligne d'en-tête."));
        }

        return new(lines, fileErrors, encodingName, delimiter);
    }

    private static HostKind? ParseKind(string? value, List<Message> errors)
    {
        var folded = TextFolding.Fold(value);
        if (folded.Length == 0 || folded.StartsWith("entreprise", StringComparison.Ordinal) || folded is "societe" or "ent")
        {
            return HostKind.Company;
        }

        if (folded.StartsWith("asso", StringComparison.Ordinal))
        {
            return HostKind.Association;
        }

        if (folded.Contains("public", StringComparison.Ordinal) || folded is "administration" or "collectivite" or "mairie")
        {
            return HostKind.PublicBody;
        }

        errors.Add(new Message("Type « {0} » inconnu : entreprise, association ou organisme public.", value ?? ""));
        return HostKind.Company;
    }

    private static HostSize? ParseSize(string? value, List<Message> errors)
    {
        var folded = TextFolding.Fold(value).Replace(" ", "", StringComparison.Ordinal);
        if (folded.Length == 0)
        {
            return null;
        }

        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var headcount))
        {
            return HostSizes.FromHeadcount(headcount);
        }

        HostSize? size = folded switch
        {
            "micro" or "tpe" or "microentreprise" => HostSize.Micro,
            "pme" => HostSize.Sme,
            "eti" => HostSize.MidSize,
            "ge" or "grandeentreprise" => HostSize.Large,
            _ => null,
        };
        if (size is null)
        {
            errors.Add(new Message("Taille « {0} » inconnue : un effectif (nombre) ou TPE, PME, ETI, GE.", value ?? ""));
        }

        return size;
    }

    private static Dictionary<string, int> MapColumns(string[] header)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = string.Join(' ', TextFolding.Fold(header[i]).Replace('_', ' ').Replace('°', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            foreach (var (key, aliases) in Aliases)
            {
                if (!columns.ContainsKey(key) && aliases.Contains(name))
                {
                    columns[key] = i;
                    break;
                }
            }
        }

        return columns;
    }
}
