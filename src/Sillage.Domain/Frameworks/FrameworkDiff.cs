namespace Sillage.Domain.Frameworks;

/// <summary>
/// What changed from one version of a framework to another. Elements are the same when they have the same code and
/// kind (codes are unique within a version); the same code with another kind counts as one removed and one added.
/// Texts are compared as written, spaces at the ends aside.
/// </summary>
public sealed class FrameworkDiff
{
    private FrameworkDiff(IReadOnlyList<ElementChange> changes, IReadOnlyList<LevelChange> levels, int unchanged)
    {
        Changes = changes;
        Levels = levels;
        Unchanged = unchanged;
    }

    /// <summary>Every change, bloc by bloc, then by code.</summary>
    public IReadOnlyList<ElementChange> Changes { get; }
    public IReadOnlyList<LevelChange> Levels { get; }

    /// <summary>Elements present in both versions with the same text under the same parent.</summary>
    public int Unchanged { get; }

    public int Added => Changes.Count(c => c.IsAdded);
    public int Removed => Changes.Count(c => c.IsRemoved);
    public int Renamed => Changes.Count(c => c.IsRenamed);
    public int Moved => Changes.Count(c => c.IsMoved);
    public bool IsEmpty => Changes.Count == 0 && Levels.Count == 0;

    public static FrameworkDiff Compare(IReadOnlyList<VersionElement> from, IReadOnlyList<VersionElement> to,
        IReadOnlyList<(string Code, string Title)>? fromLevels = null, IReadOnlyList<(string Code, string Title)>? toLevels = null)
    {
        var oldSide = new Side(from);
        var newSide = new Side(to);
        var changes = new List<ElementChange>();
        var unchanged = 0;
        foreach (var element in to)
        {
            var old = oldSide.ByKey.GetValueOrDefault((element.Code, element.Kind));
            var change = new ElementChange(old, element, old is null ? null : oldSide.ParentCode(old), newSide.ParentCode(element), newSide.BlockCode(element));
            if (old is not null && !change.IsRenamed && !change.IsMoved)
            {
                unchanged++;
                continue;
            }

            changes.Add(change);
        }

        changes.AddRange(from.Where(e => !newSide.ByKey.ContainsKey((e.Code, e.Kind)))
            .Select(e => new ElementChange(e, null, oldSide.ParentCode(e), null, oldSide.BlockCode(e))));
        var ordered = changes.OrderBy(c => c.BlockCode, ElementCodeOrder.Instance).ThenBy(c => c.Code, ElementCodeOrder.Instance)
            .ThenBy(c => c.Kind).ToList();
        return new FrameworkDiff(ordered, CompareLevels(fromLevels ?? [], toLevels ?? []), unchanged);
    }

    /// <summary>The changes grouped by bloc, in bloc order.</summary>
    public IEnumerable<IGrouping<string, ElementChange>> ByBlock() => Changes.GroupBy(c => c.BlockCode);

    internal static bool SameText(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    private static List<LevelChange> CompareLevels(IReadOnlyList<(string Code, string Title)> from, IReadOnlyList<(string Code, string Title)> to)
    {
        var old = from.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        var now = to.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        return old.Keys.Union(now.Keys)
            .Select(code => new LevelChange(code, old.GetValueOrDefault(code), now.GetValueOrDefault(code)))
            .Where(c => c.OldTitle is null || c.NewTitle is null || !SameText(c.OldTitle, c.NewTitle))
            .OrderBy(c => c.Code, ElementCodeOrder.Instance).ToList();
    }

    private sealed class Side
    {
        private readonly Dictionary<Guid, VersionElement> _byId;

        public Side(IReadOnlyList<VersionElement> elements)
        {
            _byId = elements.ToDictionary(e => e.Id);
            ByKey = elements.GroupBy(e => (e.Code, e.Kind)).ToDictionary(g => g.Key, g => g.First());
        }

        public Dictionary<(string Code, ElementKind Kind), VersionElement> ByKey { get; }

        public string? ParentCode(VersionElement element) =>
            element.ParentId is { } parent && _byId.TryGetValue(parent, out var p) ? p.Code : null;

        public string BlockCode(VersionElement element)
        {
            var current = element;
            // Bounded by the number of elements, in case a tree came in with a cycle.
            for (var i = 0; i <= _byId.Count && current.ParentId is { } parent && _byId.TryGetValue(parent, out var p); i++)
            {
                current = p;
            }

            return current.Code;
        }
    }
}
