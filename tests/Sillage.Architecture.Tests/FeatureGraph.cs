using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Sillage.Architecture.Tests;

/// <summary>
/// Which feature of <c>Pages/</c> uses which, read from the compiled web assembly. A feature is the first namespace
/// segment under <c>Sillage.Web.Pages</c> (<c>Sillage.Web.Pages.Certification.Jury</c> belongs to Certification). The
/// Razor views of <c>Pages/&lt;Feature&gt;/</c> count too: Pages/_ViewImports.cshtml's <c>@namespace</c> compiles them into
/// their feature's namespace, and without it they would be <c>AspNetCoreGeneratedDocument.Pages_&lt;Feature&gt;_…</c>.
/// </summary>
public sealed partial class FeatureGraph
{
    public const string PagesNamespace = "Sillage.Web.Pages";

    private FeatureGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> edges) =>
        Edges = edges;

    /// <summary>Feature → the features it uses → the type names that make the dependency (for the failure message).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Edges { get; }

    public static FeatureGraph Of(Assembly web)
    {
        var types = Types.InAssembly(web);
        var features = types.GetTypes()
            .Select(FeatureOf)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var edges = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var from in features)
        {
            var uses = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var to in features.Where(f => f != from))
            {
                var target = $"{PagesNamespace}.{to}";
                var users = types.That().ResideInNamespaceMatching(NamespacePattern(from)).And().HaveDependencyOn(target)
                    .Or().HaveNameStartingWith(ViewPrefix(from)).And().HaveDependencyOn(target)
                    .GetTypes()
                    .Select(t => t.FullName ?? t.Name)
                    .ToList();
                if (users.Count > 0)
                {
                    uses[to] = users;
                }
            }
            edges[from] = uses;
        }
        return new FeatureGraph(edges);
    }

    /// <summary>Every cycle found by a depth-first walk, each written <c>A → B → A</c>; empty when the graph is acyclic.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var done = new HashSet<string>();
        var path = new List<string>();
        void Visit(string feature)
        {
            var at = path.IndexOf(feature);
            if (at >= 0)
            {
                cycles.Add(string.Join(" → ", path.Skip(at).Append(feature)));
                return;
            }
            if (!done.Add(feature))
            {
                return;
            }
            path.Add(feature);
            foreach (var next in Edges.GetValueOrDefault(feature)?.Keys ?? [])
            {
                Visit(next);
            }
            path.RemoveAt(path.Count - 1);
        }
        foreach (var feature in Edges.Keys)
        {
            Visit(feature);
        }
        return cycles;
    }

    public string Describe(string from, string to) =>
        $"{from} → {to} ({string.Join(", ", Edges[from][to].Take(3))})";

    private static string? FeatureOf(Type type)
    {
        if (type.Namespace?.StartsWith(PagesNamespace + ".", StringComparison.Ordinal) == true)
        {
            return type.Namespace[(PagesNamespace.Length + 1)..].Split('.')[0];
        }
        var view = ViewName().Match(type.FullName ?? "");
        return view.Success ? view.Groups[1].Value : null;
    }

    private static string NamespacePattern(string feature) => $"^{Regex.Escape($"{PagesNamespace}.{feature}")}(\\.|$)";

    private static string ViewPrefix(string feature) => $"Pages_{feature}_";

    [GeneratedRegex(@"^AspNetCoreGeneratedDocument\.Pages_([A-Za-z0-9]+)_")]
    private static partial Regex ViewName();
}
