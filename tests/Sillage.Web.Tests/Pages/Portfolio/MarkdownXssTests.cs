using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Portfolio;

/// <summary>Markdown written by learners (and teachers' comments) renders harmless, whatever it holds.</summary>
public sealed class MarkdownXssTests(SillageApp app) : IClassFixture<SillageApp>
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert('xss')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">clic</a>",
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "![image](javascript:alert(1))",
        "<svg onload=alert(1)><circle r=10 /></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "`<script>alert(1)</script>` et ```\n<script>alert(2)</script>\n```",
        "<form action=\"https://evil.example\"><input name=x></form>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_trace_body_cannot_run_script(string payload)
    {
        var client = await app.SignInAsync(DemoSeeder.LearnerEmail(5));
        var id = await client.CreateAsync("Essai XSS", "Avant\n\n" + payload + "\n\nAprès");
        var page = await client.GetPageAsync($"/dossier/traces/{id}");
        AssertHarmless(page.Find("#trace-body")!);
        Assert.Contains("Après", page.Find("#trace-body")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_teachers_comment_and_a_title_cannot_run_script(string payload)
    {
        var learner = await app.SignInAsync(DemoSeeder.LearnerEmail(5));
        var id = await learner.CreateAsync(payload.Length > 150 ? payload[..150] : payload, "Texte.");
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var trace = await teacher.GetPageAsync($"/dossier/traces/{id}");
        await teacher.SubmitAsync(trace, "#comment-form", new() { ["body"] = payload, ["quote"] = payload });

        var page = await learner.GetPageAsync($"/dossier/traces/{id}");
        AssertHarmless(page.Find("main")!);
    }

    private static void AssertHarmless(AngleSharp.Dom.IElement root)
    {
        Assert.Empty(root.QuerySelectorAll("script, iframe, svg, math, style, form[action*=evil], object, embed"));
        foreach (var element in root.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.TagName} has {attribute.Name}");
                Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("data:text/html", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
