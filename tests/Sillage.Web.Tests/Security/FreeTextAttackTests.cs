using System.Net;
using AngleSharp.Html.Dom;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// Every free-text form of <see cref="FreeTextForms"/>, attacked through the real form: script payloads render
/// inert on every page that shows them; overlong text is refused with a French message and writes nothing at all;
/// NUL characters and bytes that are not UTF-8 in an address get a French page, not an error.
/// </summary>
public sealed class FreeTextAttackTests(SillageApp app) : IClassFixture<SillageApp>
{
    public static TheoryData<string> Forms => new(FreeTextForms.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Script_payloads_render_inert_wherever_the_text_is_shown(string name)
    {
        var form = FreeTextForms.All.Single(f => f.Name == name);
        var client = await ClientAsync(form.Account);
        var problems = new List<string>();
        var refusals = new List<string>();
        var accepted = 0;
        foreach (var chunk in AttackCorpus.Pack(form.Max))
        {
            var page = await OpenAsync(client, form);
            var values = await ValidAsync(form);
            foreach (var field in AttackedFields(page, form))
            {
                values[field] = chunk;
            }

            var response = await client.SubmitAsync(page, form.Form, values);
            Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} for {chunk}");
            string? location = null;
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                location = response.Headers.Location!.OriginalString;
            }
            else
            {
                var answer = await response.ToPageAsync();
                problems.AddRange(AttackCorpus.ActiveContent(answer));
                if (answer.Errors().Count == 0 && answer.Status == HttpStatusCode.OK)
                {
                    location = answer.Url.PathAndQuery;
                }
                else
                {
                    refusals.Add($"{(int)answer.Status} {string.Join(" | ", answer.Errors())}");
                }
            }

            if (location is null)
            {
                continue;
            }

            accepted++;
            foreach (var shows in form.Shows)
            {
                var url = await ResolveAsync(shows, location);
                var shown = await client.GetPageAsync(url);
                Assert.True(shown.Status == HttpStatusCode.OK, $"{name}: {url} answered {(int)shown.Status}");
                problems.AddRange(AttackCorpus.ActiveContent(shown));
            }

            foreach (var (account, shows) in form.SeenBy ?? [])
            {
                var url = await ResolveAsync(shows, location);
                var shown = await (await ClientAsync(account)).GetPageAsync(url);
                Assert.True(shown.Status == HttpStatusCode.OK, $"{name}: {url} answered {(int)shown.Status} to {account}");
                Assert.True(shown.Text.Contains(AttackCorpus.Marker, StringComparison.Ordinal), $"{name}: {url} does not show the text to {account}");
                problems.AddRange(AttackCorpus.ActiveContent(shown));
            }

            if (form.Undo is not null)
            {
                var undone = await client.SubmitAsync(await OpenAsync(client, form.Page), form.Undo);
                Assert.True(undone.StatusCode == HttpStatusCode.Redirect, $"{name}: undo answered {(int)undone.StatusCode}");
            }
        }

        Assert.True(problems.Count == 0, $"{name}: active content\n" + string.Join("\n", problems.Distinct()));
        Assert.True(form.Refuses || accepted > 0, $"{name}: no payload was ever kept, the row is wrong: " + string.Join("\n", refusals.Distinct()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Overlong_text_is_refused_with_a_message_and_writes_nothing(string name)
    {
        var form = FreeTextForms.All.Single(f => f.Name == name);
        var client = await ClientAsync(form.Account);
        var fields = AttackedFields(await OpenAsync(client, form), form);
        Assert.NotEmpty(fields);
        var problems = new List<string>();
        for (var i = 0; i < fields.Count; i++)
        {
            var marker = $"LONG{AttackCorpus.Marker}X{i}Y";
            var page = await OpenAsync(client, form);
            var values = await ValidAsync(form);
            values[fields[i]] = marker + new string('é', 100_000);
            var before = await app.TakeAsync(marker);
            var response = await client.SubmitAsync(page, form.Form, values);
            var answer = await response.ToPageAsync();
            var changes = DatabaseState.Changes(before, await app.TakeAsync(marker));
            if ((int)response.StatusCode >= 300 || answer.Errors().Count == 0 || changes.Count > 0)
            {
                problems.Add($"{fields[i]}: {(int)response.StatusCode}, errors [{string.Join(" | ", answer.Errors())}], changes [{string.Join(", ", changes)}]");
            }
        }

        Assert.True(problems.Count == 0, $"{name}: overlong text\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/dossier?q=veille%00")]
    public async Task Nul_characters_and_invalid_utf8_in_an_address_get_a_message_not_an_error(string url)
    {
        var client = await app.SignInAsync(CorpusPlaces.Learner);
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("caractères invalides", page.Text, StringComparison.Ordinal);
    }

    /// <summary>The text inputs and textareas of the form that the row attacks.</summary>
    private static List<string> AttackedFields(Page page, FreeTextForm form)
    {
        var element = page.Find(form.Form) as IHtmlFormElement ?? throw new InvalidOperationException($"{form.Name}: no form '{form.Form}' on {page.Url}");
        return element.Elements
            .Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement input && input.Type is "text" or "search" or "url" or "tel"))
            .Where(e => !e.HasAttribute("readonly") && !e.HasAttribute("disabled"))
            .Select(e => e.GetAttribute("name") ?? "")
            .Where(n => n.Length > 0 && form.Valid?.ContainsKey(n) != true)
            .Distinct()
            .ToList();
    }

    private Task<Page> OpenAsync(HttpClient client, FreeTextForm form) => OpenAsync(client, form.Page);

    private async Task<Page> OpenAsync(HttpClient client, string template)
    {
        var page = await client.GetPageAsync(await ResolveAsync(template));
        Assert.True(page.Status == HttpStatusCode.OK, $"{template}: {page.Url} answered {(int)page.Status}");
        return page;
    }

    /// <summary>A browser signed in with the account, or holding a tutor link of its own for <see cref="FreeTextForms.TutorLink"/>.</summary>
    private async Task<HttpClient> ClientAsync(string account) => account == FreeTextForms.TutorLink
        ? await app.OpenTutorLinkAsync(await app.CreateTutorLinkAsync(Guid.Parse(await ResolveAsync("{tutorPeriod}"))))
        : await app.SignInAsync(account);

    private async Task<Dictionary<string, string?>> ValidAsync(FreeTextForm form)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (key, value) in form.Valid ?? [])
        {
            values[key] = await ResolveAsync(value);
        }

        return values;
    }

    private Task<string> ResolveAsync(string template, string? location = null) => app.ResolveAsync(template, location);
}
