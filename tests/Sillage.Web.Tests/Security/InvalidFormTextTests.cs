using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// Text no browser sends — NUL, other control characters, bytes that are not UTF-8 — in a real form, URL-encoded or
/// multipart: the French 422 page « Texte refusé », never the « formulaire expiré » 400 nor a 500, and nothing
/// written. A clean body sent the same way is still saved (the check reads the body without consuming it).
/// </summary>
public sealed class InvalidFormTextTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Theory]
    [InlineData("%00")]
    [InlineData("%1B")]
    [InlineData("%7F")]
    [InlineData("%C2%85")]
    [InlineData("%C3(")]
    [InlineData("%FF")]
    [InlineData("%E2%82")]
    public async Task Url_encoded_invalid_text_gets_the_french_message_and_changes_nothing(string raw)
    {
        var (client, target, fields) = await CommentFormAsync();
        var marker = $"INVALID{AttackCorpus.Marker}X{raw.GetHashCode(StringComparison.Ordinal):X}";
        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + (f.Key == "body" ? marker + raw + "fin" : Uri.EscapeDataString(f.Value))));
        var before = await app.TakeAsync(marker);

        var response = await client.PostAsync(target, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        await AssertRefusedAsync(response, before, marker);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u001B")]
    public async Task Multipart_invalid_text_gets_the_same_message(string raw)
    {
        var (client, target, fields) = await CommentFormAsync();
        var marker = $"MULTI{AttackCorpus.Marker}X{(int)raw[0]}";
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(key == "body" ? marker + raw + "fin" : value), key);
        }

        var before = await app.TakeAsync(marker);
        await AssertRefusedAsync(await client.PostAsync(target, content), before, marker);
    }

    [Fact]
    public async Task A_clean_url_encoded_body_is_still_read_and_saved()
    {
        var (client, target, fields) = await CommentFormAsync();
        var text = "Commentaire propre : é€ & = + 100 %, ligne\r\nsuivante\t" + Guid.NewGuid().ToString("N");
        var response = await client.PostAsync(target, new FormUrlEncodedContent(fields.Where(f => f.Key != "body").Append(new("body", text))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.FeedbackComments.AnyAsync(f => f.Body == text)));
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, Dictionary<string, long> before, string marker)
    {
        var page = await response.ToPageAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Texte refusé", page.Text, StringComparison.Ordinal);
        Assert.Contains("caractères invalides", page.Text, StringComparison.Ordinal);
        Assert.Empty(DatabaseState.Changes(before, await app.TakeAsync(marker)));
    }

    /// <summary>The teacher's comment form on a learner's trace: its target and fields (antiforgery token included).</summary>
    private async Task<(HttpClient Client, Uri Target, List<KeyValuePair<string, string>> Fields)> CommentFormAsync()
    {
        var client = await app.SignInAsync(Accounts.Teacher);
        var page = await client.GetPageAsync(await app.ResolveAsync("/dossier/traces/{trace}"));
        var (target, fields, _) = Html.FormFields(page, "#comment-form", new() { ["body"] = "x" });
        return (client, target, fields);
    }
}
