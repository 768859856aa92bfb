using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Infrastructure.Spreadsheets;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// A framework as the CSV of Moodle's competency framework import tool (tool_lpimportcsv): 14 columns read by
/// position (Moodle writes their headers in the site's language), one row for the framework ("Is framework" set), then
/// one row a competency whose parent is named by its ID number. Sillage's blocks, competences and detailed competences
/// are Moodle's three first levels; the levels of the framework (else its positioning scale) are its scale. Savoirs, résultats attendus, critères,
/// conditions and correspondances have no place in the format: they are not exported. See docs/framework-format.md.
/// </summary>
public static partial class MoodleFrameworkCsv
{
    /// <summary>The headers Moodle writes in English, in the order its importer reads the columns.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Parent ID number", "ID number", "Short name", "Description", "Description format", "Scale values", "Scale configuration",
        "Rule type (optional)", "Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID numbers",
        "Exported ID (optional)", "Is framework", "Taxonomy",
    ];

    /// <summary>Moodle's FORMAT_PLAIN: Sillage's descriptions are plain text.</summary>
    private const string PlainText = "2";

    private const string Taxonomies = "domain,competency,skill";

    /// <param name="positioning">The framework's positioning scale (label, counts as acquired), Moodle's scale when the
    /// file has no levels: Moodle refuses a framework without a scale.</param>
    public static byte[] Write(FrameworkFile file, IReadOnlyList<(string Label, bool Acquired)> positioning)
    {
        var scale = file.Levels is { Count: > 0 } levels
            ? levels.Select((l, i) => (Label: l.Title ?? l.Code ?? "", Proficient: i == levels.Count - 1)).ToList()
            : positioning.Select(p => (p.Label, Proficient: p.Acquired)).ToList();
        // Moodle's scale configuration: the scale, then each value with whether it is the default (the first) and proficient.
        var scaleConfiguration = scale.Count == 0 ? "" : JsonSerializer.Serialize(
            new object[] { new { scaleid = "0" } }.Concat(scale.Select((s, i) => (object)new { id = i + 1, scaledefault = i == 0 ? 1 : 0, proficient = s.Proficient ? 1 : 0 })));
        var rows = new List<IReadOnlyList<SheetCell>>
        {
            Headers.Select(h => (SheetCell)h).ToList(),
            Row("", file.Code, file.Title, file.Description, string.Join(",", scale.Select(s => s.Label.Replace(',', ' '))), scaleConfiguration, "", isFramework: true, Taxonomies),
        };
        var id = 0;
        foreach (var block in file.Blocks ?? [])
        {
            rows.Add(Row("", block.Code, block.Title, block.Description, "", "", (++id).ToString(CultureInfo.InvariantCulture), isFramework: false, ""));
            foreach (var competence in block.Competences ?? [])
            {
                rows.Add(Row(block.Code, competence.Code, competence.Title, competence.Description, "", "", (++id).ToString(CultureInfo.InvariantCulture), isFramework: false, ""));
                foreach (var detailed in competence.DetailedCompetences ?? [])
                {
                    rows.Add(Row(competence.Code, detailed.Code, detailed.Title, detailed.Description, "", "", (++id).ToString(CultureInfo.InvariantCulture), isFramework: false, ""));
                }
            }
        }

        return SpreadsheetFile.Csv(rows, separator: ',');
    }

    private static List<SheetCell> Row(string? parent, string? code, string? title, string? description, string scaleValues, string scaleConfiguration,
        string exportId, bool isFramework, string taxonomies) =>
        [parent, code, title, description, PlainText, scaleValues, scaleConfiguration, "", isFramework ? "" : "0", isFramework ? "" : "null", "", exportId, isFramework ? "1" : "0", taxonomies];

    /// <summary>The framework file a Moodle CSV describes, as version <paramref name="version"/>; the problems of the
    /// CSV itself (by line). The file is then validated and imported as any framework file.</summary>
    public static (FrameworkFile? File, IReadOnlyList<FrameworkProblem> Problems) Read(byte[] content, string version)
    {
        var (text, _) = CsvText.Decode(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, [new FrameworkProblem("csv", new Message("Le fichier est vide."))]);
        }

        var options = new CsvReaderOptions
        {
            Separator = CsvText.Delimiter(text), HasHeader = true, SkipEmptyLines = true, TrackLineNumbers = true, IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.FromText(text, options);
        var columns = csv.Headers.ToArray().Length;
        if (columns < Headers.Count)
        {
            return (null, [new FrameworkProblem(Line(1), new Message("Le fichier a {0} colonne(s) : un référentiel exporté de Moodle en a {1} ({2}).",
                columns, Headers.Count, string.Join(", ", Headers)))]);
        }

        FrameworkFile? file = null;
        var problems = new List<FrameworkProblem>();
        var blocks = new Dictionary<string, FrameworkFileBlock>(StringComparer.Ordinal);
        var competences = new Dictionary<string, FrameworkFileCompetence>(StringComparer.Ordinal);
        var rows = new List<(string Where, string Parent, string Code, string Title, string? Description)>();
        while (csv.Read())
        {
            string Field(int index)
            {
                try
                {
                    return Restore((csv.GetString(index) ?? "").Trim());
                }
                catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
                {
                    return "";
                }
            }

            var where = Line((int)csv.LineNumber);
            var description = Field(3) is { Length: > 0 } d ? d : null;
            if (Field(12) is "1" or "true")
            {
                if (file is not null)
                {
                    problems.Add(new(where, new Message("Une seule ligne peut décrire le référentiel (colonne « Is framework »).")));
                    continue;
                }

                file = new FrameworkFile
                {
                    Format = FrameworkFile.CurrentFormat, Code = CodeOf(Field(1)), Version = version, Title = Field(2), Description = description,
                    Levels = Field(5).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select((title, i) => new FrameworkFileLevel { Code = (i + 1).ToString(CultureInfo.InvariantCulture), Title = title }).ToList(),
                    Blocks = [],
                };
                continue;
            }

            rows.Add((where, Field(0), Field(1), Field(2), description));
        }

        if (file is null)
        {
            return (null, [new FrameworkProblem("csv", new Message("Aucune ligne ne décrit le référentiel (colonne « Is framework » à 1) : ce n'est pas un export de référentiel Moodle."))]);
        }

        // Parents come before their children in Moodle's exports; a second pass finds those that do not.
        var pending = rows;
        for (var pass = 0; pending.Count > 0 && pass < 3; pass++)
        {
            var next = new List<(string Where, string Parent, string Code, string Title, string? Description)>();
            foreach (var row in pending)
            {
                if (row.Parent.Length == 0)
                {
                    var block = new FrameworkFileBlock { Code = row.Code, Title = row.Title, Description = row.Description, Competences = [] };
                    file.Blocks!.Add(block);
                    blocks.TryAdd(row.Code, block);
                }
                else if (blocks.TryGetValue(row.Parent, out var block))
                {
                    var competence = new FrameworkFileCompetence { Code = row.Code, Title = row.Title, Description = row.Description, DetailedCompetences = [] };
                    block.Competences!.Add(competence);
                    competences.TryAdd(row.Code, competence);
                }
                else if (competences.TryGetValue(row.Parent, out var competence))
                {
                    competence.DetailedCompetences!.Add(new FrameworkFileDetailed { Code = row.Code, Title = row.Title, Description = row.Description });
                }
                else
                {
                    next.Add(row);
                }
            }

            pending = next;
        }

        foreach (var row in pending)
        {
            problems.Add(new(row.Where, rows.Any(r => r.Code == row.Parent)
                ? new Message("Compétence « {0} » au quatrième niveau (sous « {1} ») : Sillage en a trois (bloc, compétence, compétence détaillée).", row.Code, row.Parent)
                : new Message("Compétence « {0} » : son parent « {1} » n'est pas dans le fichier.", row.Code, row.Parent)));
        }

        return problems.Count > 0 ? (null, problems) : (file, []);
    }

    /// <summary>The framework's code from Moodle's ID number: Sillage's codes are lower-case letters, digits and hyphens.</summary>
    private static string CodeOf(string idNumber)
    {
        var folded = new string(idNumber.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return NotCodeCharacters().Replace(folded.ToLowerInvariant(), "-").Trim('-');
    }

    /// <summary>A text the export protected from spreadsheet formulas, as it was.</summary>
    private static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && "=+-@\t\r".Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    /// <summary>Where a problem is, beside the JSON paths of the framework file's problems.</summary>
    private static string Line(int number) => $"csv:{number}";

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex NotCodeCharacters();
}
