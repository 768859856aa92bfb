using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

public static class Axe
{
    /// <summary>Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails with the list of violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        };
        var result = await page.RunAxe(options);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", violations));
    }
}
