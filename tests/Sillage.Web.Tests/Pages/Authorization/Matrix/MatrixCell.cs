using System.Collections.Concurrent;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>One cell of the matrix: a handler, sent by a caller, on a resource seen from the caller as
/// <see cref="Variant"/>.</summary>
/// <param name="Handler">"POST Comment /dossier/traces/{trace}": the handler, whatever the caller.</param>
/// <param name="Page">The page's path with its ids, without the handler ("/dossier/traces/3f…").</param>
/// <param name="Target">The establishment the resource belongs to (for a page without ids, the caller's).</param>
public sealed record MatrixCell(string Key, string Handler, string Method, string? Url, string? Page, Caller Caller, Variant Variant, char Target, bool Allowed, string Kinds)
{
    /// <summary>The handler's name, reached with <c>?handler=</c>; null for the default one.</summary>
    public string? HandlerName => Handler.Split(' ') is { Length: > 2 } parts ? parts[1] : null;

    /// <summary>Every cell of <see cref="MatrixTable"/> (public pages left out) for the fixture's callers.</summary>
    public static IEnumerable<MatrixCell> All(MatrixFixture app)
    {
        foreach (var page in MatrixTable.Pages.Where(p => !p.IsPublic))
        {
            var placeholders = page.Placeholders;
            Variant[] variants = placeholders.All(MatrixFixture.Global.Contains) ? [Variant.None] : [Variant.Own, Variant.Other, Variant.Foreign];
            foreach (var verb in page.Verbs)
            {
                var rule = page.RuleOf(verb)!;
                var parts = verb.Split(' ');
                var query = parts.Length > 1 ? $"?handler={parts[1]}" : "";
                foreach (var caller in app.Callers)
                {
                    var reach = MatrixPage.ReachOf(rule, caller.Kind);
                    foreach (var variant in variants)
                    {
                        var url = app.Resolve(page.Path, placeholders, caller, variant);
                        var target = variant == Variant.Foreign ? (caller.Establishment == 'A' ? 'B' : 'A') : caller.Establishment;
                        yield return new MatrixCell($"{verb} {page.Path} · {caller} · {variant}", $"{verb} {page.Path}", parts[0], url is null ? null : url + query, url,
                            caller, variant, target, MatrixPage.Allows(reach, variant), string.Join("+", placeholders.Where(p => !MatrixFixture.Global.Contains(p))) + $"@{variant}");
                    }
                }
            }
        }
    }

    /// <summary>Where a refused request may be sent: sign-in, or the link pages telling a link holder their
    /// session ended.</summary>
    private static readonly string[] RefusalPaths = ["/connexion", "/tuteur/acces", "/jury/acces"];

    /// <summary>Whether the answer is a refusal: any 4xx or 5xx, or a redirect to a sign-in or link page.</summary>
    public static bool IsRefusal(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString;
        return status switch
        {
            >= 200 and < 300 => false,
            >= 300 and < 400 => location is not null && RefusalPaths.Any(p => location.StartsWith(p, StringComparison.Ordinal) || location.Contains("://localhost" + p, StringComparison.Ordinal)),
            _ => true,
        };
    }

    /// <summary>The status as a reader wants it: "302 → /connexion?…".</summary>
    public static string Describe(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 ? $"{(int)response.StatusCode} → {response.Headers.Location?.OriginalString}" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The validation messages of an HTML page answered 200 (the form shown again); none otherwise.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? (await response.ToPageAsync()).Errors()
            : [];

    /// <summary>The status and the validation messages: "200 with «Le titre est requis.»".</summary>
    public static string Describe(HttpResponseMessage response, IReadOnlyList<string> errors) =>
        $"{Describe(response)}{(errors.Count > 0 ? " with «" + string.Join(" | ", errors) + "»" : "")}";

    /// <summary>Checks the answer against the cell: a refused cell refused, an allowed one let in (a 404 is let
    /// through on an allowed cell: the resource may lack what the handler serves).</summary>
    public void Check(HttpResponseMessage response, ConcurrentBag<(string, string)> failures, ConcurrentDictionary<string, int> statuses)
    {
        var status = (int)response.StatusCode;
        var refused = IsRefusal(response);
        statuses.AddOrUpdate(Allowed ? $"allowed {status}" : $"refused {status}", 1, (_, n) => n + 1);
        if (status >= 500)
        {
            failures.Add((Key, $"server error {Describe(response)}"));
        }
        else if (Allowed && refused && status != 404)
        {
            failures.Add((Key, $"expected to be let in, got {Describe(response)}"));
        }
        else if (!Allowed && !refused)
        {
            failures.Add((Key, $"expected a refusal, got {Describe(response)}"));
        }
    }
}
