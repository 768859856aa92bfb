using System.Collections.Concurrent;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// The body every POST cell is sent with: the form of the cell's page, harvested as a caller the table lets in on
/// that very page (<see cref="FormBody"/>). Where nobody the fixture holds may open it (another learner's trace),
/// the body of the same handler on another page of the same establishment stands in. A handler no body can be
/// harvested for must be declared in <see cref="MatrixTable.Unharvestable"/>; its cells are sent with the
/// antiforgery token alone.
/// </summary>
public sealed class MatrixBodies
{
    private readonly ConcurrentDictionary<(string Url, char Target), FormBody> _byPage = new();
    private readonly List<string> _problems = [];

    /// <summary>Handlers without a body that the table does not declare, or declared ones that have a body.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>How many handlers have a harvested body.</summary>
    public int Handlers { get; private set; }

    /// <summary>The callers to harvest a page's form as, in turn until one sees the form: of the page's
    /// establishment first, the administrator and link sessions last (the form may show only to some, a
    /// notification to the person it is for).</summary>
    public static IEnumerable<Caller> Harvesters(IEnumerable<Caller> allowed, char target) =>
        allowed.OrderBy(c => c.Establishment == target ? 0 : 1).ThenBy(c => c.Kind == Roles.Admin ? 2 : c.Kind is Caller.TutorLink or Caller.JuryLink ? 1 : 0);

    public static async Task<MatrixBodies> HarvestAsync(MatrixFixture app, IReadOnlyList<MatrixCell> cells)
    {
        var bodies = new MatrixBodies();
        var posts = cells.Where(c => c.Method == "POST" && c.Url is not null).ToList();
        var pages = posts.GroupBy(c => (c.Url!, c.Target)).ToList();
        var reasons = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (group, _) =>
        {
            var cell = group.First();
            foreach (var caller in Harvesters(group.Where(c => c.Allowed).Select(c => c.Caller), group.Key.Target))
            {
                var (body, problem) = await FormBody.HarvestAsync(app.ClientFor(caller), cell.Page!, cell.HandlerName);
                if (body is not null)
                {
                    bodies._byPage[group.Key] = body;
                    return;
                }

                reasons[cell.Handler] = $"{problem} ({caller} on {cell.Page})";
            }
        });

        var harvested = bodies._byPage.Keys.Select(k => posts.First(c => c.Url == k.Url).Handler).ToHashSet();
        bodies.Handlers = harvested.Count;
        foreach (var handler in posts.Select(c => c.Handler).Distinct())
        {
            var declared = MatrixTable.Unharvestable.ContainsKey(handler);
            if (!harvested.Contains(handler) && !declared)
            {
                bodies._problems.Add($"{handler}: no body harvested ({reasons.GetValueOrDefault(handler, "no caller the table lets in has a page with ids")}); declare it in MatrixTable.Unharvestable with why");
            }
            else if (harvested.Contains(handler) && declared)
            {
                bodies._problems.Add($"{handler}: declared in MatrixTable.Unharvestable but a body was harvested; take it off the list");
            }
        }

        bodies._fallbacks = posts.Where(c => bodies._byPage.ContainsKey((c.Url!, c.Target)))
            .GroupBy(c => (c.Handler, c.Target)).ToDictionary(g => g.Key, g => bodies._byPage[(g.First().Url!, g.Key.Target)]);
        return bodies;
    }

    private Dictionary<(string Handler, char Target), FormBody> _fallbacks = [];

    /// <summary>The body for the cell: its page's, else the same handler's on a page of the same establishment,
    /// else of the other; null when the handler has none.</summary>
    public FormBody? For(MatrixCell cell) =>
        _byPage.GetValueOrDefault((cell.Url!, cell.Target))
        ?? _fallbacks.GetValueOrDefault((cell.Handler, cell.Target))
        ?? _fallbacks.GetValueOrDefault((cell.Handler, cell.Target == 'A' ? 'B' : 'A'));
}
