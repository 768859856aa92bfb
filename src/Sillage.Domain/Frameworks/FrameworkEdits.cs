using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sillage.Domain.Frameworks;

/// <summary>
/// The edits the référentiel editor makes to a draft, on the JSON document itself so that nothing the format
/// carries (évaluation, niveaux, sources, correspondances) is lost on the way. A node is addressed by the same
/// path the validator reports problems with (<c>$.blocks[0].competences[2].criteria[1]</c>), which is also why
/// every edit bumps the draft's revision: an index from a stale page may point at another node.
/// </summary>
public static partial class FrameworkEdits
{
    /// <summary>What a node of a given list holds: the fields it may edit and the lists it may contain. The
    /// root is "$".</summary>
    public sealed record Shape(IReadOnlyList<string> Fields, IReadOnlyList<string> Lists);

    private static readonly string[] ItemFields = ["code", "title", "note", "source"];

    public static readonly IReadOnlyDictionary<string, Shape> Shapes = new Dictionary<string, Shape>(StringComparer.Ordinal)
    {
        ["$"] = new(["version", "title", "shortTitle", "description"], ["blocks", "professionalActivities"]),
        ["blocks"] = new(["code", "title", "description", "exam"], ["competences", "transversalCompetences"]),
        ["competences"] = new(["code", "title", "description", "note", "source"],
            ["detailedCompetences", "knowledge", "expectedResults", "criteria", "conditions"]),
        ["detailedCompetences"] = new(["code", "title", "description", "note", "source"], ["knowledge", "expectedResults", "criteria"]),
        ["knowledge"] = new(ItemFields, []),
        ["expectedResults"] = new(ItemFields, []),
        ["criteria"] = new(ItemFields, []),
        ["transversalCompetences"] = new(ItemFields, []),
        ["conditions"] = new(["category", "title", "source"], []),
        ["professionalActivities"] = new(["code", "title", "description"], ["activities"]),
        ["activities"] = new(["code", "title", "description"], ["tasks"]),
        ["tasks"] = new(["code", "title", "competences"], []),
    };

    /// <summary>Fields holding a list of codes, edited as text separated by commas or spaces.</summary>
    public const string CodeListField = "competences";

    public sealed record Step(string List, int Index);

    /// <summary>A node of the outline: its path, the list it belongs to ("$" for the root), depth, code and title.</summary>
    public sealed record Node(string Path, string List, int Depth, string? Code, string? Title);

    [GeneratedRegex(@"\G\.([a-zA-Z]+)\[(\d{1,4})\]")]
    private static partial Regex StepPattern();

    /// <summary>The steps of a path, or null when the path is malformed or goes through a list the parent may not hold.</summary>
    public static IReadOnlyList<Step>? Parse(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var steps = new List<Step>();
        var position = 1;
        var shape = Shapes["$"];
        while (position < path.Length)
        {
            var match = StepPattern().Match(path, position);
            if (!match.Success || !shape.Lists.Contains(match.Groups[1].Value))
            {
                return null;
            }

            steps.Add(new(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
            shape = Shapes[match.Groups[1].Value];
            position += match.Length;
        }

        return steps;
    }

    /// <summary>The list a path's node belongs to ("$" for the root), or null for a malformed path.</summary>
    public static string? ListOf(string? path) => Parse(path) is { } steps ? steps.Count == 0 ? "$" : steps[^1].List : null;

    public static JsonObject Load(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
        ?? throw new FormatException("A framework document is a JSON object.");

    public static string Save(JsonObject root) => root.ToJsonString(FrameworkFileReader.Options);

    public static JsonObject? Find(JsonObject root, string? path)
    {
        var steps = Parse(path);
        if (steps is null)
        {
            return null;
        }

        JsonObject? node = root;
        foreach (var step in steps)
        {
            node = node?[step.List] is JsonArray list && step.Index < list.Count ? list[step.Index] as JsonObject : null;
        }

        return node;
    }

    /// <summary>The values of the node's editable fields, as text (a code list joined with ", ").</summary>
    public static IReadOnlyDictionary<string, string?> Fields(JsonObject node, string list) =>
        Shapes[list].Fields.ToDictionary(f => f, f => node[f] switch
        {
            JsonArray codes => string.Join(", ", codes.Select(c => c?.GetValue<string>())),
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => null,
        }, StringComparer.Ordinal);

    /// <summary>Sets the node's fields; an empty value removes the field. Unknown fields are ignored.</summary>
    public static Message? Set(JsonObject root, string path, IReadOnlyDictionary<string, string?> fields)
    {
        var list = ListOf(path);
        if (list is null || Find(root, path) is not { } node)
        {
            return Gone;
        }

        foreach (var field in Shapes[list].Fields)
        {
            if (!fields.TryGetValue(field, out var value))
            {
                continue;
            }

            Write(node, field, value);
        }

        return null;
    }

    /// <summary>Adds a node at the end of one of the parent's lists; returns its path.</summary>
    public static (string? Path, Message? Problem) Add(JsonObject root, string parentPath, string list, IReadOnlyDictionary<string, string?> fields)
    {
        var parentList = ListOf(parentPath);
        if (parentList is null || Find(root, parentPath) is not { } parent)
        {
            return (null, Gone);
        }

        if (!Shapes[parentList].Lists.Contains(list))
        {
            return (null, new Message("Cet élément ne peut pas contenir ce type d'élément."));
        }

        if (parent[list] is not JsonArray items)
        {
            items = [];
            parent[list] = items;
        }

        var node = new JsonObject();
        foreach (var field in Shapes[list].Fields)
        {
            if (fields.TryGetValue(field, out var value))
            {
                Write(node, field, value);
            }
        }

        items.Add(node);
        var path = parentPath + "." + list + "[" + (items.Count - 1).ToString(CultureInfo.InvariantCulture) + "]";
        return (path, null);
    }

    public static Message? Remove(JsonObject root, string path)
    {
        var steps = Parse(path);
        if (steps is not { Count: > 0 } || Find(root, path) is not { } node || node.Parent is not JsonArray list)
        {
            return Gone;
        }

        list.Remove(node);
        return null;
    }

    /// <summary>Moves a node up (-1) or down (+1) among its siblings; returns its new path.</summary>
    public static (string? Path, Message? Problem) Move(JsonObject root, string path, int offset)
    {
        var steps = Parse(path);
        if (steps is not { Count: > 0 } || Find(root, path) is not { } node || node.Parent is not JsonArray list)
        {
            return (null, Gone);
        }

        var index = steps[^1].Index;
        var target = index + Math.Sign(offset);
        if (target < 0 || target >= list.Count)
        {
            return (path, null);
        }

        list.RemoveAt(index);
        list.Insert(target, node);
        var parentPath = path[..path.LastIndexOf('.')];
        return (parentPath + "." + steps[^1].List + "[" + target.ToString(CultureInfo.InvariantCulture) + "]", null);
    }

    /// <summary>Every node in document order, for the editor's outline.</summary>
    public static IReadOnlyList<Node> Outline(JsonObject root)
    {
        var nodes = new List<Node> { new("$", "$", 0, null, Text(root["title"])) };
        Walk(root, "$", "$", 0, nodes);
        return nodes;
    }

    /// <summary>The node's children, list by list (in the shape's order), with their paths.</summary>
    public static IReadOnlyList<(string List, IReadOnlyList<Node> Items)> Children(JsonObject root, string path)
    {
        var list = ListOf(path);
        if (list is null || Find(root, path) is not { } node)
        {
            return [];
        }

        var depth = Parse(path)!.Count + 1;
        return Shapes[list].Lists
            .Select(child => (child, (IReadOnlyList<Node>)(node[child] as JsonArray ?? [])
                .Select((item, i) => new Node($"{path}.{child}[{i}]", child, depth, Text(item?["code"]), Text(item?["title"])))
                .ToList()))
            .ToList();
    }

    /// <summary>The document as a framework file (for the validator and the import).</summary>
    public static FrameworkFile? ToFile(JsonObject root) => root.Deserialize<FrameworkFile>(FrameworkFileReader.Options);

    private static readonly Message Gone =
        new("Cet élément n'existe plus dans le brouillon (il a été déplacé ou supprimé) : rechargez la page.");

    private static void Walk(JsonObject node, string path, string list, int depth, List<Node> nodes)
    {
        foreach (var child in Shapes[list].Lists)
        {
            if (node[child] is not JsonArray items)
            {
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject item)
                {
                    var childPath = $"{path}.{child}[{i}]";
                    nodes.Add(new(childPath, child, depth + 1, Text(item["code"]), Text(item["title"])));
                    Walk(item, childPath, child, depth + 1, nodes);
                }
            }
        }
    }

    private static void Write(JsonObject node, string field, string? value)
    {
        var text = value?.Trim();
        if (field == CodeListField)
        {
            var codes = (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            node[field] = codes.Length == 0 ? null : new JsonArray(codes.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
            if (codes.Length == 0)
            {
                node.Remove(field);
            }

            return;
        }

        if (string.IsNullOrEmpty(text))
        {
            node.Remove(field);
        }
        else
        {
            node[field] = text;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
