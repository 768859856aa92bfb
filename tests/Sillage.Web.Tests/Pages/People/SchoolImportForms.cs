using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>The steps of the SIECLE and STS-web import pages as a browser takes them: upload, choose the cohort of a
/// division and check again, confirm.</summary>
public static class SchoolImportForms
{
    public static Task<Guid> CohortAsync(SillageApp app) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    /// <summary>Uploads the file (with <paramref name="upload"/>'s fields), then maps <paramref name="division"/> to
    /// the demo cohort, adds <paramref name="values"/> and checks again; the first answer when it carries no file.</summary>
    public static async Task<(HttpClient Client, Page Preview)> PreviewAsync(SillageApp app, string url, (string Name, byte[] Content) file,
        string division, string account, Dictionary<string, string?>? values = null, Dictionary<string, string?>? upload = null)
    {
        var client = await app.SignInAsync(account);
        var page = await client.GetPageAsync(url);
        var first = await client.SubmitAndFollowAsync(page, "form[action*='Preview']", upload,
            files: new() { ["Upload"] = (file.Name, file.Content, file.Name.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/xml") });
        if (first.Find("form[action*='Preview'] input[name='FileContent']") is null)
        {
            return (client, first);
        }

        var mapping = new Dictionary<string, string?>(values ?? []) { [$"Mapping[{division}]"] = (await CohortAsync(app)).ToString() };
        return (client, await client.SubmitAndFollowAsync(first, "form[action*='Preview']", mapping));
    }

    /// <summary>Sends the preview's form to the confirmation, expecting the import done (a redirection).</summary>
    public static async Task<Page> ConfirmAsync(HttpClient client, Page preview)
    {
        var (target, fields, _) = Html.FormFields(preview, "form[action*='Preview']");
        var response = await client.PostAsync(new Uri(target, "?handler=Confirm"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.ToString());
    }

    /// <summary>The preview says <paramref name="expected"/> and offers no import; its form sent to the confirmation
    /// anyway comes back saying nothing was imported.</summary>
    public static async Task AssertRefusedAsync(HttpClient client, Page preview, string expected)
    {
        Assert.Contains(expected, preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Find("button[formaction*='Confirm']"));
        if (preview.Find("form[action*='Preview'] input[name='FileContent']") is not null)
        {
            var (target, fields, _) = Html.FormFields(preview, "form[action*='Preview']");
            var response = await client.PostAsync(new Uri(target, "?handler=Confirm"), new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("rien n'a été importé", (await response.ToPageAsync()).Text, StringComparison.Ordinal);
        }
    }
}
