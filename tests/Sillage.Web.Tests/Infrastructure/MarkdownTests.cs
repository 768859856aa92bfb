using Sillage.Web.Infrastructure.Rendering;

namespace Sillage.Web.Tests.Infrastructure;

/// <summary>Markdown from users never yields script (an XSS corpus rendered harmless) and never makes a reader's
/// browser or the print fetch another address: only the app's own attachments are shown as images.</summary>
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

    [Theory]
    [InlineData("![plan du site](http://127.0.0.1:8080/x.png)", "http://127.0.0.1:8080/x.png", "plan du site")]
    [InlineData("![plan du site](https://example.org/x.png \"titre\")", "https://example.org/x.png", "plan du site")]
    [InlineData("![](https://example.org/x.png)", "https://example.org/x.png", "https://example.org/x.png")]
    [InlineData("![plan du site](//example.org/x.png)", "//example.org/x.png", "plan du site")]
    [InlineData("![plan du site](x.png)", "x.png", "plan du site")]
    [InlineData("![plan du site](../../etc/passwd)", "../../etc/passwd", "plan du site")]
    [InlineData("![plan du site](/dossier/pieces/pas-un-identifiant)", "/dossier/pieces/pas-un-identifiant", "plan du site")]
    [InlineData("![plan du site](/dossier/pieces/0b4e4a52-3c55-4bd7-9b0c-2f1a9a7e4d11/../../admin)", "/dossier/pieces/0b4e4a52-3c55-4bd7-9b0c-2f1a9a7e4d11/../../admin", "plan du site")]
    [InlineData("![plan du site](file:///etc/passwd)", null, "plan du site")]
    [InlineData("![plan du site](data:image/png;base64,iVBORw0KGgo=)", null, "plan du site")]
    [InlineData("![plan du site](javascript:alert(1))", null, "plan du site")]
    public void An_image_from_anywhere_but_the_apps_attachments_becomes_a_plain_link(string markdown, string? href, string text)
    {
        var body = Parse(_renderer.ToHtml(markdown));
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Contains(text, body.TextContent, StringComparison.Ordinal);
        var link = body.QuerySelector("a");
        if (href is null)
        {
            Assert.Null(link?.GetAttribute("href"));
            return;
        }

        Assert.NotNull(link);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public void An_image_of_the_apps_own_attachments_stays_an_image()
    {
        var id = Guid.NewGuid();
        var image = Assert.Single(Parse(_renderer.ToHtml($"Voir ![capture de l'offre](/dossier/pieces/{id}).")).QuerySelectorAll("img"));
        Assert.Equal($"/dossier/pieces/{id}", image.GetAttribute("src"));
        Assert.Equal("capture de l'offre", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[clic](vbscript:msgbox(1))")]
    [InlineData("[clic](file:///etc/passwd)")]
    public void A_link_to_script_data_or_a_local_file_keeps_its_text_and_loses_its_target(string markdown)
    {
        var body = Parse(_renderer.ToHtml(markdown));
        Assert.Contains("clic", body.TextContent, StringComparison.Ordinal);
        Assert.All(body.QuerySelectorAll("*"), e => Assert.False(e.HasAttribute("href"), e.OuterHtml));
    }

    private static AngleSharp.Dom.IElement Parse(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
}
