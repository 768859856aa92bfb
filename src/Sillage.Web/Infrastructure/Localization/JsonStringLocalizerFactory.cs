using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Sillage.Web.Infrastructure.Localization;

/// <summary>
/// French is written in the code and is the key; other languages come from catalogues embedded from
/// <c>Resources/{culture}/*.json</c> (one file per feature, flat <c>{ "français": "translation" }</c>).
/// A missing translation falls back to French; a test lists the keys without translation.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _catalogues = Load();

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(_catalogues);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(_catalogues);

    public static IReadOnlyDictionary<string, string> Catalogue(string culture) =>
        Load().GetValueOrDefault(culture) ?? FrozenDictionary<string, string>.Empty;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(JsonStringLocalizerFactory).Assembly;
        var byCulture = new Dictionary<string, Dictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Resources.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            // Sillage.Web.Resources.en.people.json → culture "en"
            var parts = name.Split('.');
            var culture = parts[^3];
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            if (!byCulture.TryGetValue(culture, out var catalogue))
            {
                byCulture[culture] = catalogue = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            foreach (var (key, value) in entries)
            {
                catalogue[key] = value;
            }
        }

        return byCulture.ToFrozenDictionary(c => c.Key, c => c.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private sealed class JsonStringLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> catalogues) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                var (value, found) = Translate(name);
                return new LocalizedString(name, value, !found);
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var (value, found) = Translate(name);
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value, arguments), !found);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            catalogues.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)?
                .Select(e => new LocalizedString(e.Key, e.Value)) ?? [];

        private (string Value, bool Found) Translate(string name)
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            if (language == "fr")
            {
                return (name, true);
            }

            return catalogues.TryGetValue(language, out var catalogue) && catalogue.TryGetValue(name, out var value)
                ? (value, true)
                : (name, false);
        }
    }
}

/// <summary>The marker type Razor views and page models inject: <c>IStringLocalizer&lt;Text&gt;</c>.</summary>
public sealed class Text;
