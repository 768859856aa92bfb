using System.Text.Json;
using System.Text.RegularExpressions;
using Sillage.Domain.Frameworks;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Privacy;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Every French text the pages pass through the localiser has its English translation.</summary>
public sealed partial class LocalizationTests
{
    [Fact]
    public void Every_localised_text_has_an_english_translation()
    {
        var english = JsonStringLocalizerFactory.Catalogue("en");
        var missing = UsedKeys().Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} text(s) without English translation (add them to src/Sillage.Web/Resources/en/*.json):\n"
            + string.Join("\n", missing.Select(m => $"  \"{m}\": \"\",")));
    }

    [Fact]
    public void The_english_catalogue_has_no_empty_translation()
    {
        var empty = JsonStringLocalizerFactory.Catalogue("en").Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        Assert.True(empty.Count == 0, "Empty translations: " + string.Join(" | ", empty));
    }

    [Fact]
    public void A_text_defined_in_several_catalogue_files_has_the_same_translation_in_each()
    {
        // The catalogues are merged into one dictionary: with two values, the last file loaded would win silently.
        var folder = Path.Combine(SourceTree.Root, "src", "Sillage.Web", "Resources", "en");
        var conflicts = Directory.EnumerateFiles(folder, "*.json")
            .SelectMany(file => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!
                .Select(e => (File: Path.GetFileName(file), e.Key, e.Value)))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Where(g => g.Select(e => e.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"\"{g.Key}\": " + string.Join(" | ", g.Select(e => $"{e.File} \"{e.Value}\"")))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(conflicts.Count == 0,
            $"{conflicts.Count} text(s) translated differently in two files (give one translation, or a different French text where the contexts differ):\n"
            + string.Join("\n", conflicts));
    }

    public static IReadOnlySet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in WebSourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match match in LocalizerCall().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups[1].Value));
            }

            foreach (Match match in DataAnnotation().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }

        // Domain messages (French templates the web layer formats through the localiser), in the web project and
        // in the domain library.
        foreach (var file in WebSourceFiles().Concat(Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "src", "Sillage.Domain"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))))
        {
            foreach (Match match in MessageTemplate().Matches(File.ReadAllText(file)))
            {
                keys.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }

        // Texts passed to the localiser through a variable.
        foreach (var role in Roles.All)
        {
            keys.Add(Roles.Label(role));
        }

        foreach (var kind in Enum.GetValues<ElementKind>())
        {
            keys.Add(ElementLabels.Kind(kind, new Framework { Code = "x", Version = "1", Title = "x", SourceJson = "{}" }));
        }

        foreach (var (list, shape) in Sillage.Domain.Frameworks.FrameworkEdits.Shapes)
        {
            keys.Add(Sillage.Web.Pages.Referentiel.DraftLabels.Singular(list));
            if (list != "$")
            {
                keys.Add(Sillage.Web.Pages.Referentiel.DraftLabels.Plural(list));
                keys.Add(Sillage.Web.Pages.Referentiel.DraftLabels.Add(list));
            }

            foreach (var field in shape.Fields)
            {
                keys.Add(Sillage.Web.Pages.Referentiel.DraftLabels.Field(field));
            }
        }

        foreach (var use in Enum.GetValues<Sillage.Web.Pages.Referentiel.ElementUse>())
        {
            keys.Add(Sillage.Web.Pages.Referentiel.ElementUseLabels.Count(use));
        }

        foreach (var context in Enum.GetValues<Sillage.Domain.Suivi.AssessmentContext>())
        {
            keys.Add(Sillage.Web.Pages.Suivi.Labels.Context(context));
        }

        foreach (var role in Enum.GetValues<Sillage.Domain.Suivi.AssessorRole>())
        {
            keys.Add(Sillage.Web.Pages.Suivi.Labels.Role(role));
        }

        foreach (var owner in Enum.GetValues<Sillage.Domain.Suivi.ActionOwner>())
        {
            keys.Add(Sillage.Web.Pages.Suivi.Labels.Owner(owner));
        }

        foreach (var kind in Enum.GetValues<Sillage.Domain.Teaching.SessionKind>())
        {
            keys.Add(Sillage.Web.Pages.Cahier.CahierLabels.Kind(kind));
            keys.Add(Sillage.Web.Pages.Cahier.CahierLabels.ShortKind(kind));
        }

        foreach (var status in Enum.GetValues<Sillage.Domain.Teaching.AttendanceStatus>())
        {
            keys.Add(Sillage.Web.Pages.Cahier.CahierLabels.Status(status));
        }

        foreach (var kind in Enum.GetValues<Sillage.Domain.Plan.PlanWeekKind>())
        {
            keys.Add(Sillage.Web.Pages.Cahier.CahierLabels.WeekKind(kind));
        }

        foreach (var capacity in ConventionCapacities.All)
        {
            keys.Add(capacity);
        }

        foreach (var label in AuditActions.Labels.Values)
        {
            keys.Add(label);
        }

        foreach (var category in FrameworkValidator.ConditionCategories)
        {
            keys.Add(ElementLabels.Category(category));
        }

        keys.Add(Sillage.Web.Pages.Exports.JsonImport.TargetNotEmpty.Template);

        // The trace canvases: their names, purposes, headings and questions.
        foreach (var template in Sillage.Web.Pages.Portfolio.TraceTemplates.All)
        {
            keys.UnionWith([template.Name, template.Purpose, .. template.Sections.SelectMany(s => new[] { s.Heading, s.Question })]);
        }

        // The privacy pages: what erasure does to each table and why, the registre's default entries, job messages.
        foreach (var rule in PersonalDataMap.Rules)
        {
            keys.Add(rule.Description);
            keys.Add(rule.Reason);
        }

        keys.Add(PersonalDataMap.AccountRow);
        foreach (var entry in RegisterDefaults.Entries)
        {
            foreach (var text in new[] { entry.Name, entry.Purpose, entry.LegalBasis, entry.DataSubjects, entry.DataCategories, entry.Recipients,
                         entry.Retention, entry.SecurityMeasures, entry.TransfersOutsideEu })
            {
                if (text is not null)
                {
                    keys.Add(text);
                }
            }
        }

        keys.Add(PersonalDataJob.ReadyMessage);

        return keys;
    }

    /// <summary>The .cs and .cshtml files of the web project, without build output and migrations.</summary>
    public static IEnumerable<string> WebSourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "src", "Sillage.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("Migrations", StringComparison.Ordinal));

    /// <summary>@L["…"] in views, l["…"] or L["…"] in page models (first argument, a literal).</summary>
    [GeneratedRegex("""\b[Ll]\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerCall();

    /// <summary>new Message("…", …): the template of a domain message (see Sillage.Domain.Message).</summary>
    [GeneratedRegex("""\bMessage\("((?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex MessageTemplate();

    /// <summary>[Display(Name = "…")] and ErrorMessage = "…"; not binding names ([BindProperty(Name = "q")]) nor object initialisers.</summary>
    [GeneratedRegex("""(?:\bDisplay\([^)]*?\bName|\bErrorMessage)\s*=\s*"((?:[^"\\]|\\.)*)"(?=[,)\]])""")]
    private static partial Regex DataAnnotation();
}
