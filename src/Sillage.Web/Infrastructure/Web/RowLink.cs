using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// A link repeated on every row or cell of a page (a trace per row, a compétence per cell of the heatmap): the address
/// is generated once by the link generator with placeholder ids, cut around them, then joined with each row's ids.
/// Generating each link with the anchor tag helper was a large part of these pages' rendering (docs/benchmarks.md).
/// Whether the user may follow it is the page's to check once (<see cref="Auth.PagePolicies"/>), as the
/// authorised-link tag helper did per link.
/// </summary>
public sealed class RowLink
{
    private static readonly string First = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa").ToString();
    private static readonly string Second = Guid.Parse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb").ToString();

    /// <summary>The address's fixed parts, between and around the ids.</summary>
    private readonly string[] _parts;

    /// <summary>Whether the second id comes before the first in the address.</summary>
    private readonly bool _secondFirst;

    /// <param name="first">The route value filled by the first id (<c>id</c>).</param>
    /// <param name="second">The route value filled by the second id, if any.</param>
    public RowLink(IUrlHelper url, string page, string first, string? second = null)
    {
        var values = new RouteValueDictionary { [first] = First };
        if (second is not null)
        {
            values[second] = Second;
        }

        var template = url.Page(page, values) ?? throw new InvalidOperationException(page);
        var slots = new[] { First, second is null ? null : Second }.OfType<string>()
            .Select(slot => (Slot: slot, At: template.IndexOf(slot, StringComparison.Ordinal)))
            .OrderBy(s => s.At)
            .ToList();
        if (slots.Any(s => s.At < 0))
        {
            throw new InvalidOperationException(page);
        }

        _secondFirst = slots[0].Slot == Second;
        var parts = new List<string>();
        var from = 0;
        foreach (var (slot, at) in slots)
        {
            parts.Add(template[from..at]);
            from = at + slot.Length;
        }

        parts.Add(template[from..]);
        _parts = [.. parts];
    }

    public string For(Guid first) => string.Concat(_parts[0], first.ToString(), _parts[1]);

    public string For(Guid first, Guid second) => _secondFirst
        ? string.Concat(_parts[0], second.ToString(), _parts[1], first.ToString(), _parts[2])
        : string.Concat(_parts[0], first.ToString(), _parts[1], second.ToString(), _parts[2]);

    /// <summary>The address's fixed parts around the second id once the first is filled in, for a page that writes many links
    /// sharing their first id (a row of the heatmap: one learner, a cell per compétence) as these two parts with each
    /// second id between.</summary>
    public (string Before, string After) AroundSecond(Guid first)
    {
        if (_parts.Length < 3)
        {
            throw new InvalidOperationException("This link has no second id.");
        }

        return _secondFirst
            ? (_parts[0], string.Concat(_parts[1], first.ToString(), _parts[2]))
            : (string.Concat(_parts[0], first.ToString(), _parts[1]), _parts[2]);
    }
}
