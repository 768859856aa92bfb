using System.Net;
using System.Text.RegularExpressions;

namespace Sillage.Day;

/// <summary>A form of a page as a browser would submit it: its action and its fields (hidden inputs with the
/// antiforgery token, text inputs, textareas, the selected option of each select).</summary>
public sealed partial class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The first form whose opening tag or content contains <paramref name="marker"/> (an id, a field name…).</summary>
    public static HtmlForm? Find(string html, string pagePath, string marker)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            if (!form.Value.Contains(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var action = Attribute(form.Groups[1].Value, "action");
            return new HtmlForm(string.IsNullOrEmpty(action) ? pagePath : action, Parse(form.Groups[2].Value));
        }

        return null;
    }

    public string? Get(string name) => _fields.FirstOrDefault(f => f.Key == name).Value;

    public HtmlForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>A copy, so that the page's form can be submitted several times with different values (or to another
    /// handler, as htmx posts the editor's form to its autosave handler).</summary>
    public HtmlForm Copy(string? action = null) => new(action ?? Action, [.. _fields]);

    private static List<KeyValuePair<string, string>> Parse(string inner)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputTag().Matches(inner))
        {
            var attributes = input.Value;
            var name = Attribute(attributes, "name");
            var type = Attribute(attributes, "type") ?? "text";
            if (name is null || type is "submit" or "button" or "file" || (type is "checkbox" or "radio" && !attributes.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, Attribute(attributes, "value") ?? ""));
        }

        foreach (Match textarea in TextareaTag().Matches(inner))
        {
            if (Attribute(textarea.Groups[1].Value, "name") is { } name)
            {
                fields.Add(new(name, WebUtility.HtmlDecode(textarea.Groups[2].Value)));
            }
        }

        foreach (Match select in SelectTag().Matches(inner))
        {
            if (Attribute(select.Groups[1].Value, "name") is not { } name)
            {
                continue;
            }

            var options = OptionTag().Matches(select.Groups[2].Value);
            var chosen = options.FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields.Add(new(name, chosen is null ? "" : Attribute(chosen.Value, "value") ?? ""));
        }

        return fields;
    }

    public static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The distinct ids in links to <paramref name="prefix"/>{id} ("/dossier/traces/", "/dossier/exporter/"…).</summary>
    public static List<Guid> LinkedIds(string html, string prefix) =>
        Regex.Matches(html, "href=\"" + Regex.Escape(prefix) + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[\"#?]", RegexOptions.CultureInvariant)
            .Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex OptionTag();
}
