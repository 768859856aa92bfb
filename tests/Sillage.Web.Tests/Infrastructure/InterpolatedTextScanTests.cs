using System.Text.RegularExpressions;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>
/// Guard for issue #14 item 4: a text for the user is a catalogue key (a literal) with its values as arguments, never
/// a string built by interpolation — the catalogue cannot translate "Période n° 3" when its key is "Période n° {0}",
/// so an interpolated French text reaches English users in French. Write <c>new Message("… {0} …", value)</c> and
/// add it with <c>ModelState.AddMessage(l, key, message)</c>, or <c>l["… {0} …", value]</c>.
/// </summary>
public sealed partial class InterpolatedTextScanTests
{
    /// <summary>Files allowed to match, each with its reason. None today: a new entry needs a reason a reviewer accepts.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal);

    [Fact]
    public void No_user_facing_text_is_built_by_interpolation()
    {
        var offences = Statements()
            .Where(l => !l.File.Contains("/Migrations/", StringComparison.Ordinal) && !Allowed.ContainsKey(l.File))
            .Where(l => Patterns().Any(p => p.IsMatch(l.Text)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "A text for the user built by interpolation: write a catalogue template with {0} arguments "
            + "(new Message(\"… {0} …\", value) through ModelState.AddMessage, or l[\"… {0} …\", value]) and add its English entry:\n"
            + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("ModelState.AddModelError(\"\", l[$\"Le fichier {name} est vide.\"]);")]
    [InlineData("state.AddModelError(\"Input.Name\", $\"Donnez un nom de 1 à {max} caractères.\");")]
    [InlineData("state.AddModelError($\"Input.{field}\", $\"{what} : saisissez un nombre.\");")]
    [InlineData("ModelState.AddModelError(key, $\"Texte trop long ({value.Length} caractères).\");")]
    [InlineData("return new Message($\"Période n° {i} invalide.\");")]
    [InlineData("TempData[\"Flash\"] = $\"{count} apprenants importés.\";")]
    [InlineData("TempData[Flash.Key] = $\"Période {name} supprimée.\";")]
    [InlineData("var text = string.Format(\"{0} dépasse {1} caractères.\", what, max);")]
    [InlineData("var text = string.Format(CultureInfo.CurrentCulture, \"Période n° {0} créée\", n);")]
    [InlineData("state.AddModelError(\"Input.ConfirmOverlap\", $\"Cette période chevauche « {label} ».\");")]
    public void The_scan_recognises_interpolated_texts(string line) => Assert.Contains(Patterns(), p => p.IsMatch(line));

    [Theory]
    [InlineData("state.AddMessage(l, $\"Input.{field}\", new Message(\"Texte trop long ({0} caractères, {1} au plus).\", value.Length, max));")]
    [InlineData("ModelState.AddModelError($\"Input.PfmpBlocks[{i}].Start\", l[\"Période de PFMP n° {0} : donnez sa durée.\", i + 1]);")]
    [InlineData("TempData[\"Flash\"] = l[\"{0} apprenants importés.\", count].Value;")]
    [InlineData("var uri = string.Format(CultureInfo.InvariantCulture, \"otpauth://totp/{0}:{1}?secret={2}\", issuer, user, key);")]
    [InlineData("return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value, arguments), !found);")]
    public void The_scan_leaves_catalogue_templates_alone(string line) => Assert.DoesNotContain(Patterns(), p => p.IsMatch(line));

    /// <summary>
    /// Files whose interpolated French texts are French by design, each with its reason. A rule, an import or a form
    /// check is never one of them: its problems are <c>Message</c> values.
    /// </summary>
    private static readonly Dictionary<string, string> FrenchByDesign = new(StringComparer.Ordinal)
    {
        ["src/Sillage.Web/Pages/Pfmp/Documents/Attestation.cshtml"] = "PFMP documents are French administrative documents, rendered in French whatever the reader's language",
        ["src/Sillage.Web/Pages/Pfmp/Documents/_Parties.cshtml"] = "PFMP documents are French administrative documents, rendered in French whatever the reader's language",
        ["src/Sillage.Web/Pages/Exports/BadgeExport.cs"] = "export files are written in French (ExportJob runs in fr-FR); the badges' texts are the credential's data",
        ["src/Sillage.Web/Pages/Exports/SiteExport.cs"] = "export files are written in French (ExportJob runs in fr-FR)",
        ["src/Sillage.Web/Pages/Certification/Ccf/CcfConvocations.cs"] = "a CCF convocation is a French exam document (printed and e-mailed in French, like the PFMP documents; docs/adr/0010-email-language.md)",
        ["src/Sillage.Web/Pages/Exports/JobNotifier.cs"] = "a notification's text is stored once for its recipient, whose language is not stored (see the lead's report)",
        ["src/Sillage.Web/Pages/Situations/MissionEdit.cshtml.cs"] = "the version summary is stored in the situation's history, written once for every reader",
    };

    /// <summary>The shapes a rule, an import or a form check used to build its French problems in before they became
    /// <c>Message</c> values (#14 item 4): returned, added to a list of problems, yielded, or a branch of a conditional.</summary>
    [Fact]
    public void No_rule_or_import_problem_is_an_interpolated_french_text()
    {
        var offences = Statements()
            .Where(l => !l.File.Contains("/Migrations/", StringComparison.Ordinal) && !FrenchByDesign.ContainsKey(l.File))
            .Where(l => ProblemPatterns().Any(p => p.IsMatch(l.Text)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "A French text built by interpolation where a rule or an import reports a problem: return a "
            + "new Message(\"… {0} …\", value) (the page shows it through l.Format or ModelState.AddMessage) and add its English entry:\n"
            + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("return $\"Le fichier « {name} » est vide.\";")]
    [InlineData("return new(null, $\"Le fichier « {name} » dépasse la taille maximale.\");")]
    [InlineData("problems.Add(new($\"{root}.context\", $\"Texte trop long ({value.Length} caractères).\"));")]
    [InlineData("errors.Add($\"Taille « {value} » inconnue : un effectif ou TPE, PME, ETI, GE.\");")]
    [InlineData("warnings.Add($\"La période de PFMP n° {i} commence avant le début de la formation.\");")]
    [InlineData("yield return ($\"{path}.name\", $\"Le nom ne peut dépasser {max} caractères.\");")]
    [InlineData("yield return $\"Pas plus de {max} mots-clés ({count} saisis).\";")]
    [InlineData("public static string? CheckTitle(string? title) => $\"L'intitulé ne peut dépasser {max} caractères.\";")]
    [InlineData("? $\"« {name} » a déjà le SIRET {siret}.\"")]
    [InlineData("p.SetValueIsInvalidAccessor(value => $\"La valeur « {value} » n'est pas valide.\");")]
    public void The_problem_scan_recognises_interpolated_french_problems(string line) => Assert.Contains(ProblemPatterns(), p => p.IsMatch(line));

    [Theory]
    [InlineData("errors.Add(At($\"{at}.competences[{c}].code\", new Message(\"la compétence « {0} » est liée deux fois.\", code)));")]
    [InlineData("return new Message(\"Le fichier « {0} » est vide.\", SafeName(fileName));")]
    [InlineData("yield return ($\"{path}.name\", new Message(\"Le nom du site est obligatoire.\"));")]
    [InlineData("throw new InvalidOperationException($\"{path}: \" + string.Join(\"; \", result.Problems));")]
    [InlineData("var at = $\"$.traces[{i}]\";")]
    public void The_problem_scan_leaves_messages_and_technical_strings_alone(string line) => Assert.DoesNotContain(ProblemPatterns(), p => p.IsMatch(line));

    /// <summary>Each source line, joined to the next when it ends with "(" or "," (a call whose message is written
    /// on the following line).</summary>
    private static IEnumerable<(string File, int Line, string Text)> Statements() =>
        SourceTree.SourceLines().GroupBy(l => l.File).SelectMany(file =>
        {
            var lines = file.ToList();
            return lines.Select((l, i) => l.Text.TrimEnd() is var text && (text.EndsWith('(') || text.EndsWith(',')) && i + 1 < lines.Count
                ? (l.File, l.Line, text + " " + lines[i + 1].Text.Trim())
                : l);
        });

    private static Regex[] Patterns() => [LocalizerKey(), ModelError(), MessageTemplate(), TempDataText(), FrenchFormat()];

    private static Regex[] ProblemPatterns() => [ReturnedFrench(), ListedFrench(), BranchFrench()];

    /// <summary><c>return $"…"</c>, <c>=> $"…"</c>, <c>yield return $"…"</c>, <c>yield return (path, $"…")</c> or
    /// <c>return new(null, $"…")</c> with French text.</summary>
    [GeneratedRegex(@"(?:\breturn|=>|\byield\s+return)\s+(?:new\s*\w*)?(?:\([^,]+,\s*)?\$@?""[^""]*[àâçéèêëîïôûùüœÀÉÈ«»°]")]
    private static partial Regex ReturnedFrench();

    /// <summary><c>problems.Add($"…")</c>, <c>.Add((path, $"…"))</c> or <c>.Add(new(path, $"…"))</c> with French text.</summary>
    [GeneratedRegex(@"\.Add(?:Range)?\(\s*(?:\(|new\s*\w*\()?(?:(?:\$?""(?:[^""\\]|\\.)*""|[^,()""]+),\s*)?\$@?""[^""]*[àâçéèêëîïôûùüœÀÉÈ«»°]")]
    private static partial Regex ListedFrench();

    /// <summary><c>cond ? $"…" : …</c>: a branch of a conditional with French text.</summary>
    [GeneratedRegex(@"(?:^|[\s(])[?:]\s+\$@?""[^""]*[àâçéèêëîïôûùüœÀÉÈ«»°]")]
    private static partial Regex BranchFrench();

    /// <summary><c>l[$"…"]</c>: the catalogue key itself interpolated.</summary>
    [GeneratedRegex(@"\b[Ll]\[\s*\$""")]
    private static partial Regex LocalizerKey();

    /// <summary><c>AddModelError(key, $"…")</c>: the key may be interpolated (a field name), the message may not.</summary>
    [GeneratedRegex(@"\bAddModelError\(\s*(?:""(?:[^""\\]|\\.)*""|\$""(?:[^""\\]|\\.)*""|[^,""$()]+(?:\([^()]*\))?)\s*,\s*\$""")]
    private static partial Regex ModelError();

    /// <summary><c>new Message($"…")</c>: a template is a literal, its values are arguments.</summary>
    [GeneratedRegex(@"\bMessage\(\s*\$""")]
    private static partial Regex MessageTemplate();

    /// <summary><c>TempData[…] = $"…"</c>: the flash shown on the next page.</summary>
    [GeneratedRegex(@"\bTempData\[[^\]]*\]\s*=\s*\$""")]
    private static partial Regex TempDataText();

    /// <summary><c>string.Format</c> of a literal with French text (accents, guillemets, "n°"): the catalogue formats
    /// its own templates; invariant formats of technical strings (URIs) have no French letter.</summary>
    [GeneratedRegex(@"\bstring\.Format\((?:[^,""]+,\s*)?""[^""]*(?:[àâçéèêëîïôûùüœÀÉÈ«»°])")]
    private static partial Regex FrenchFormat();
}
