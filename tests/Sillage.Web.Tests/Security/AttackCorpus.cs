using AngleSharp.Dom;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// What an attacker types into a free-text field, and the check that a page shows it inert. Every payload carries
/// the marker <see cref="Marker"/>, so that what came from it can be told from the app's own markup.
/// </summary>
public static class AttackCorpus
{
    public const string Marker = "1337";

    public static readonly IReadOnlyList<string> Xss =
    [
        "<script>alert(1337)</script>",
        "<img src=x onerror=alert(1337)>",
        "<svg onload=alert(1337)>",
        "<svg><script>alert(1337)</script></svg>",
        "\"><svg onload=alert(1337)>",
        "'><img src=x onerror=alert(1337)>",
        "</textarea><script>alert(1337)</script>",
        "</title><script>alert(1337)</script>",
        "<a href=\"javascript:alert(1337)\">a</a>",
        "[a](javascript:alert(1337))",
        "[a](JaVaScRiPt:alert(1337))",
        "[a](&#106;avascript:alert(1337))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMzM3KTwvc2NyaXB0Pg==)",
        "![i](javascript:alert(1337))",
        "[a](https://evil.example/1337 \"x\\\" onmouseover=\\\"alert(1337)\")",
        "<a href=\"data:text/html,<script>alert(1337)</script>\">d</a>",
        "<iframe src=\"https://evil.example/1337\"></iframe>",
        "<object data=\"https://evil.example/1337\"></object>",
        "<form action=\"https://evil.example/1337\"><button>x</button></form>",
        "<div hx-get=\"/deconnexion?1337\" hx-trigger=\"load\">h</div>",
        "<div hx-on:click=\"alert(1337)\" data-hx-post=\"/x1337\">h</div>",
        "<div style=\"background:url(javascript:alert(1337))\">s</div>",
        "<details open ontoggle=alert(1337)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1337)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/1337\">",
        "<base href=\"https://evil.example/1337/\">",
        "<link rel=stylesheet href=\"https://evil.example/1337.css\">",
        "&lt;script&gt;alert(1337)&lt;/script&gt;",
        "{{constructor.constructor('alert(1337)')()}}",
        "facture\u202Efdp.1337.exe",
    ];

    /// <summary>URLs a URL field must refuse (or never turn into an active link).</summary>
    public static readonly IReadOnlyList<string> ActiveUrls =
    [
        "javascript:alert(1337)",
        " JaVaScRiPt:alert(1337)",
        "java\tscript:alert(1337)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMzM3KTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1337)",
        "https://ok.example/\"><script>alert(1337)</script>",
    ];

    /// <summary>The payloads packed into as few values as possible, none longer than <paramref name="max"/>.</summary>
    public static List<string> Pack(int max)
    {
        var chunks = new List<string>();
        var current = "";
        foreach (var payload in Xss.Where(p => p.Length <= max))
        {
            if (current.Length > 0 && current.Length + 1 + payload.Length > max)
            {
                chunks.Add(current);
                current = "";
            }

            current = current.Length == 0 ? payload : current + "\n" + payload;
        }

        if (current.Length > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    /// <summary>Everything on the page that could run, load or submit something because of a payload.</summary>
    public static List<string> ActiveContent(Page page)
    {
        var found = new List<string>();
        foreach (var element in page.Document.All)
        {
            var tag = element.LocalName;
            string What() => $"{page.Url.PathAndQuery}: {Short(element.OuterHtml)}";
            if (tag == "script" && (!element.HasAttribute("src") || !element.GetAttribute("src")!.StartsWith('/') || element.TextContent.Trim().Length > 0))
            {
                found.Add("script " + What());
            }

            if (tag is "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "base")
            {
                found.Add(tag + " " + What());
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var value = attribute.Value;
                var fromPayload = value.Contains(Marker, StringComparison.Ordinal);
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    found.Add($"handler {name} " + What());
                }
                else if (name.StartsWith("hx-", StringComparison.Ordinal) || name.StartsWith("data-hx-", StringComparison.Ordinal))
                {
                    if (fromPayload || name.Contains("hx-on", StringComparison.Ordinal))
                    {
                        found.Add($"htmx {name} " + What());
                    }
                }
                else if (name is "href" or "src" or "action" or "formaction" or "data" or "srcdoc" or "xlink:href" or "poster" or "background" or "ping")
                {
                    var url = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    var image = tag == "img" && name == "src" && url.StartsWith("data:image/", StringComparison.Ordinal) && !fromPayload;
                    if (url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal)
                        || (url.StartsWith("data:", StringComparison.Ordinal) && !image) || (fromPayload && url.Contains("evil.example", StringComparison.Ordinal) && tag != "a"))
                    {
                        found.Add($"url {name} " + What());
                    }
                }
                else if (fromPayload && name == "style")
                {
                    found.Add($"{name} " + What());
                }
            }

            if ((tag == "style" && element.TextContent.Contains(Marker, StringComparison.Ordinal))
                || (tag is "meta" or "link" && element.Attributes.Any(a => a.Value.Contains(Marker, StringComparison.Ordinal))))
            {
                found.Add(tag + " " + What());
            }
        }

        return found;
    }

    private static string Short(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
