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
