using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// A link repeated on every row of a page (a trace per row, a compétence per row): the address is generated once by the
/// link generator with placeholder ids, then filled for each row. Generating each row's link with the anchor tag helper
/// was a large part of these pages' rendering (docs/benchmarks.md). Whether the user may follow it is the page's to
/// check once (<see cref="Auth.PagePolicies"/>), as the authorised-link tag helper did per link.
/// </summary>
public sealed class RowLink
{
    private static readonly string First = Guid.Parse("aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa").ToString();
    private static readonly string Second = Guid.Parse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb").ToString();
    private readonly string _template;

    /// <param name="first">The route value filled by the first id (<c>id</c>).</param>
    /// <param name="second">The route value filled by the second id, if any.</param>
    public RowLink(IUrlHelper url, string page, string first, string? second = null)
    {
        var values = new RouteValueDictionary { [first] = First };
        if (second is not null)
        {
            values[second] = Second;
        }

        _template = url.Page(page, values) ?? throw new InvalidOperationException(page);
    }

    public string For(Guid first) => _template.Replace(First, first.ToString(), StringComparison.Ordinal);

    public string For(Guid first, Guid second) =>
        _template.Replace(First, first.ToString(), StringComparison.Ordinal).Replace(Second, second.ToString(), StringComparison.Ordinal);
}
