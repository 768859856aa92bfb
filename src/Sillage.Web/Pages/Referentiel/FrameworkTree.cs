using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>A framework's elements as a tree, loaded in one query, with the search the tree page offers.</summary>
public sealed class FrameworkTree
{
    private readonly ILookup<Guid?, Node> _children;

    private FrameworkTree(Framework framework, IReadOnlyList<Node> nodes)
    {
        Framework = framework;
        Nodes = nodes;
        _children = nodes.ToLookup(n => n.ParentId);
        ById = nodes.ToDictionary(n => n.Id);
    }

    public Framework Framework { get; }
    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyDictionary<Guid, Node> ById { get; }

    public IEnumerable<Node> Roots => _children[null];

    public IEnumerable<Node> Children(Node node) => _children[node.Id];

    public IEnumerable<Node> OfKind(ElementKind kind) => Nodes.Where(n => n.Kind == kind);

    public static async Task<FrameworkTree?> LoadAsync(SillageDb db, Guid frameworkId, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.AsNoTracking()
            .Include(f => f.Levels.OrderBy(l => l.Rank))
            .Include(f => f.Sources.OrderBy(s => s.SortOrder))
            .SingleOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null)
        {
            return null;
        }

        var nodes = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == frameworkId)
            .OrderBy(e => e.SortOrder)
            .Select(e => new Node(e.Id, e.ParentId, e.Kind, e.Code, e.Title, e.Description, e.Category, e.Note, e.Source, e.Exam,
                e.Mappings.Select(m => new Mapping(m.TargetFrameworkCode, m.TargetCode)).ToList()))
            .ToListAsync(cancellationToken);
        // The database returns mappings in no particular order; readers expect 2.1, 2.2, 3.1…
        return new FrameworkTree(framework, nodes.Select(n => n with
        {
            Mappings = n.Mappings.OrderBy(m => m.Framework, StringComparer.Ordinal).ThenBy(m => m.Code, ElementCodeOrder.Instance).ToList(),
        }).ToList());
    }

    /// <summary>The ids to show for a search: every element whose code or text matches, all it contains,
    /// and its ancestors for context. Null when there is no query (show everything).</summary>
    public IReadOnlySet<Guid>? Search(string? query, out IReadOnlySet<Guid> matches)
    {
        var folded = TextFolding.Fold(query?.Trim());
        if (folded.Length == 0)
        {
            matches = new HashSet<Guid>();
            return null;
        }

        var hit = Nodes.Where(n => TextFolding.Contains(n.Code, folded) || TextFolding.Contains(n.Title, folded)
                                   || TextFolding.Contains(n.Description, folded)).Select(n => n.Id).ToHashSet();
        matches = hit;
        var visible = new HashSet<Guid>();
        foreach (var id in hit)
        {
            AddDescendants(ById[id], visible);
            for (var parent = ById[id].ParentId; parent is { } p; parent = ById[p].ParentId)
            {
                visible.Add(p);
            }
        }

        return visible;
    }

    private void AddDescendants(Node node, HashSet<Guid> visible)
    {
        if (!visible.Add(node.Id))
        {
            return;
        }

        foreach (var child in Children(node))
        {
            AddDescendants(child, visible);
        }
    }

    public sealed record Node(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title, string? Description,
        string? Category, string? Note, string? Source, string? Exam, IReadOnlyList<Mapping> Mappings);

    public sealed record Mapping(string Framework, string Code);
}
