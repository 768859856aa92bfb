using Sillage.Web.Infrastructure.Rendering;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Markdown from users never yields script: an XSS corpus rendered harmless.</summary>
public sealed class MarkdownTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public void The_same_text_renders_the_same_from_the_cache_and_different_texts_do_not_mix()
    {
        var first = _renderer.ToHtml("**Veille** sur la sécurité");
        Assert.Same(first, _renderer.ToHtml("**Veille** sur la sécurité"));
        Assert.Equal("<p><strong>Veille</strong> sur la sécurité</p>\n", first);
        Assert.Equal("<p><em>Veille</em> sur la sécurité</p>\n", _renderer.ToHtml("*Veille* sur la sécurité"));
        Assert.DoesNotContain("<script", _renderer.ToHtml("<script>alert(1)</script>"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", _renderer.ToHtml("<script>alert(1)</script>"), StringComparison.Ordinal);
    }

    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](  javascript:alert(1))",
        "![x](javascript:alert(1))",
        "<svg onload=alert(1)><script>alert(2)</script></svg>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"https://evil.example\"><input type=submit></form>",
        "`<script>` and <object data=\"x\"></object>",
        "[a](vbscript:msgbox(1))",
        "<details open ontoggle=alert(1)>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payloads_render_harmless(string payload)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + _renderer.ToHtml(payload) + "</body>");
        var elements = document.Body!.QuerySelectorAll("*").ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "object" or "embed" or "form" or "style" or "math" or "details");
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name}");
                Assert.NotEqual("style", attribute.Name);
                var value = attribute.Value.Trim().ToLowerInvariant();
                Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)
                             || value.StartsWith("data:", StringComparison.Ordinal), $"{attribute.Name}={attribute.Value}");
            }
        }
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting_and_safe_links()
    {
        var html = _renderer.ToHtml("## Mise à jour\n\n**Site** mis à jour, voir [la procédure](https://example.org/procédure).\n\n- [x] fait\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Site</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/proc", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }
}
