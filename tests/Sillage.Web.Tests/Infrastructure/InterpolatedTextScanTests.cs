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

    /// <summary>
    /// Texts stored now and read later — a notification, a job's title, progress and outcome, a situation's version
    /// summary — are kept as <c>StoredMessage.Write(new Message(…))</c> and shown through <c>l.FormatStored</c>, in the
    /// language of whoever reads them. Final text (a literal, an interpolation, or <c>l[…]</c> formatted in the writer's
    /// language) assigned to one of these fields is the shape that showed French to English readers.
    /// </summary>
    [Fact]
    public void No_stored_text_is_written_as_final_text()
    {
        var offences = StoredTextOffences(SourceTree.SourceLines().Where(l => !l.File.Contains("/Migrations/", StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Final text stored for a later reader: store StoredMessage.Write(new Message(\"… {0} …\", value)) and "
            + "show it with l.FormatStored, so that each reader gets their language:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("db.Notifications.Add(new Notification", "    Text = status != BackgroundJobStatus.Succeeded ? $\"{job.Title} : échec.\" : $\"{job.Title} : terminé.\",")]
    [InlineData("db.Notifications.Add(new Notification", "UserId = learner, Kind = NotificationKind.Feedback, Text = $\"{name} a commenté votre trace « {title} ».\",")]
    [InlineData("db.Notifications.Add(new Notification { UserId = id, Text = subject.ToString(), Url = url });", "")]
    [InlineData("var job = new BackgroundJob", "    Title = $\"Export PDF — {name}\",")]
    [InlineData("db.SituationVersions.Add(new SituationVersion", "    Summary = $\"Mission {n} ajoutée\",")]
    [InlineData("", "context.Job.Message = $\"Export prêt ({count} traces).\";")]
    [InlineData("", "context.Job.Message = \"PDF du dossier imprimé et conservé.\";")]
    [InlineData("", "context.Job.Message = l[\"Import terminé : {0} trace(s) ajoutée(s) au dossier.\", result.Traces];")]
    [InlineData("", "jobs.Enqueue(ImportJob.JobKind, new Message(l[\"Import d'un dossier — {0}\", name]), payload, me);")]
    public void The_stored_text_scan_recognises_final_text(string first, string second) =>
        Assert.NotEmpty(StoredTextOffences([("a.cs", 1, first), ("a.cs", 2, second)]));

    [Theory]
    [InlineData("db.Notifications.Add(new Notification", "    Text = StoredMessage.Write(text, Notification.TextMaxLength),")]
    [InlineData("db.SituationVersions.Add(new SituationVersion", "    Summary = StoredMessage.Write(summary, SituationVersion.SummaryMaxLength),")]
    [InlineData("", "public void Done(Message message) => Job.Message = StoredMessage.Write(message, BackgroundJob.MessageMaxLength);")]
    [InlineData("", "context.Done(new Message(\"Export prêt ({0} traces).\", count));")]
    [InlineData("var draft = new TraceDraft", "    Title = \"Brouillon : veille sur les réseaux sociaux\",")]
    public void The_stored_text_scan_leaves_stored_messages_alone(string first, string second) =>
        Assert.Empty(StoredTextOffences([("a.cs", 1, first), ("a.cs", 2, second)]));

    /// <summary>Lines that store final text, per file: a field of an entity the file creates, or a job's text anywhere.</summary>
    private static IEnumerable<(string File, int Line, string Text)> StoredTextOffences(IEnumerable<(string File, int Line, string Text)> lines) =>
        lines.GroupBy(l => l.File).SelectMany(file =>
        {
            var source = string.Join("\n", file.Select(l => l.Text));
            var patterns = StoredFields.Where(f => source.Contains(f.Creates, StringComparison.Ordinal)).Select(f => f.Field)
                .Append(StoredJobText()).Append(LocalizedMessage()).ToList();
            return file.Where(l => patterns.Any(p => p.IsMatch(l.Text)));
        });

    /// <summary>The stored fields of the entities whose texts are read later, and what creating one looks like.</summary>
    private static readonly (string Creates, Regex Field)[] StoredFields =
    [
        ("new Notification", new Regex(@"\bText\s*=\s*(?:[^;{}""]*?\s[?:]\s+)?(?:\$@?""|@?""|[Ll]\[|[^,;{}]*\.ToString\(\))", RegexOptions.None, TimeSpan.FromSeconds(1))),
        ("new BackgroundJob", new Regex(@"\b(?:Title|Message)\s*=\s*(?:[^;{}""]*?\s[?:]\s+)?(?:\$@?""|@?""|[Ll]\[)", RegexOptions.None, TimeSpan.FromSeconds(1))),
        ("new SituationVersion", new Regex(@"\bSummary\s*=\s*(?:[^;{}""]*?\s[?:]\s+)?(?:\$@?""|@?""|[Ll]\[|summary\b)", RegexOptions.None, TimeSpan.FromSeconds(1))),
    ];

    /// <summary><c>job.Message = "…"</c>, <c>Job.Title = $"…"</c> or <c>= l["…"]</c> (or a branch of a conditional): a job's
    /// text written as final text.</summary>
    [GeneratedRegex(@"\b[Jj]ob\.(?:Title|Message)\s*=\s*(?:[^;{}""]*?\s[?:]\s+)?(?:\$@?""|@?""|[Ll]\[)")]
    private static partial Regex StoredJobText();

    /// <summary><c>new Message(l["…"])</c>: a text already formatted in the writer's language, wrapped as a message.</summary>
    [GeneratedRegex(@"\bMessage\(\s*[Ll]\[")]
    private static partial Regex LocalizedMessage();

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
