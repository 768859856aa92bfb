using System.Text.RegularExpressions;

namespace Sillage.Web.Tests.Infrastructure.PublicUrl;

/// <summary>
/// Guard for issue #13 item 1: no code under src/ builds an absolute address from the request (its Host header is the
/// client's choice). Absolute addresses come from <c>PublicAddress</c>; a page needing one injects it.
/// </summary>
public sealed partial class RequestAddressScanTests
{
    /// <summary>Files allowed to read the request's host, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Sillage.Web/Infrastructure/Security/HttpsRequirement.cs"] = "echoes the host on its 'use HTTPS' page, HTML-encoded, as text",
        ["src/Sillage.Web/Infrastructure/Web/PublicAddressSetup.cs"] = "the host filtering compares the request's host with the allowed ones",
    };

    [Fact]
    public void No_source_file_builds_an_absolute_address_from_the_request()
    {
        var offences = SourceTree.SourceLines()
            .Where(l => FromRequest().IsMatch(l.Text) && !(Allowed.ContainsKey(l.File) && !AlwaysForbidden().IsMatch(l.Text)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Absolute address built from the request (use PublicAddress):\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("var url = Url.Page(\"/Jury/Access\", null, new { jeton = token }, Request.Scheme, Request.Host.Value)!;")]
    [InlineData("return links.GetUriByPage(context, \"/Account/Invitation\", values: new { u = user.Id });")]
    [InlineData("var absolute = $\"{request.Scheme}://{request.Host}{request.PathBase}{url}\";")]
    [InlineData("var here = Request.GetDisplayUrl();")]
    [InlineData("var link = Url.PageLink(\"/Portfolio/Shared\", values: new { token });")]
    [InlineData("ForwardedHeaders = ForwardedHeaders.All")]
    public void The_scan_recognises_the_ways_of_doing_it(string line) => Assert.Matches(FromRequest(), line);

    [GeneratedRegex(@"\b[Rr]equest\.(Scheme|Host|PathBase)\b|GetUriBy\w+|\b(PageLink|ActionLink)\(|GetDisplayUrl|GetEncodedUrl|BuildAbsolute|protocol:|XForwardedHost|ForwardedHeaders\.All")]
    private static partial Regex FromRequest();

    [GeneratedRegex(@"Scheme|PathBase|GetUriBy|Link\(|GetDisplayUrl|GetEncodedUrl|BuildAbsolute|XForwardedHost|ForwardedHeaders\.All")]
    private static partial Regex AlwaysForbidden();
}
