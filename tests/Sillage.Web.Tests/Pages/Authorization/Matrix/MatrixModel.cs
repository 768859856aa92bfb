using System.Text.RegularExpressions;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>How far a caller's rights reach on a handler's resource.</summary>
public enum Reach
{
    /// <summary>Refused.</summary>
    None,

    /// <summary>The caller's own resource only (their trace, the period they tutor, the cohort they teach).</summary>
    Own,

    /// <summary>Any resource of the caller's establishment.</summary>
    Establishment,

    /// <summary>Any resource, whatever the establishment (the platform's administrator).</summary>
    All,
}

/// <summary>Whose resource a route's ids point to, seen from the caller.</summary>
public enum Variant
{
    /// <summary>The route has no id of a resource that belongs to someone (or only shared ones, like the référentiel).</summary>
    None,
    Own,

    /// <summary>Another person's resource in the caller's establishment.</summary>
    Other,

    /// <summary>A resource of the other establishment.</summary>
    Foreign,
}

/// <summary>Who sends the request: a role of establishment A or B, a link session, or nobody.</summary>
public sealed record Caller(string Name, string Kind, char Establishment)
{
    public const string Anonymous = "Anonymous";
    public const string TutorLink = "TutorLink";
    public const string JuryLink = "JuryLink";

    public override string ToString() => Name;
}

/// <summary>A page of the table: its route with placeholders, the page's rule and its handlers (a handler may
/// carry its own rule after " = ").</summary>
public sealed record MatrixPage(string Path, string Rule, IReadOnlyList<string> Handlers)
{
    public bool IsPublic => Rule == MatrixTable.Public;

    /// <summary>The placeholders of the path, in order ("trace", "period"…).</summary>
    public IReadOnlyList<string> Placeholders => Regex.Matches(Path, @"\{([^}]+)\}").Select(m => m.Groups[1].Value).ToList();

    public string? RuleOf(string verb) =>
        Handlers.Select(h => h.Split(" = ", 2)).Where(p => p[0] == verb).Select(p => p.Length > 1 ? p[1] : Rule).SingleOrDefault();

    public IEnumerable<string> Verbs => Handlers.Select(h => h.Split(" = ", 2)[0]);

    /// <summary>What <paramref name="kind"/> may do under <paramref name="rule"/>.</summary>
    public static Reach ReachOf(string rule, string kind)
    {
        foreach (var entry in rule.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':');
            if (parts[0] == kind)
            {
                return parts[1] switch
                {
                    "own" => Reach.Own,
                    "est" => Reach.Establishment,
                    "all" => Reach.All,
                    _ => throw new ArgumentException($"Unknown reach in '{entry}'."),
                };
            }
        }

        return Reach.None;
    }

    public static bool Allows(Reach reach, Variant variant) => reach switch
    {
        Reach.All => true,
        Reach.Establishment => variant != Variant.Foreign,
        Reach.Own => variant is Variant.Own or Variant.None,
        _ => false,
    };

    /// <summary>Route templates and table paths compared by shape: every parameter becomes "{}".</summary>
    public static string Shape(string route)
    {
        var shape = Regex.Replace(route.ToLowerInvariant(), @"\{[^}]*\}", "{}");
        return shape.Length > 1 ? shape.TrimEnd('/') : "/";
    }
}
