using System.Globalization;

namespace Sillage.Day;

/// <summary>
/// A learner's day: home and dossier, writing traces in the real editor (autosaved while typing, then saved), asking
/// for feedback, reopening a trace to complete it, linking competences. Remembers every write the server acknowledged
/// (a saved trace, an autosaved draft) with its text, checked at the end by <see cref="VerifyAsync"/>.
/// </summary>
public sealed class LearnerDay(VirtualBrowser browser, Account account, Random random)
{
    /// <summary>The text each trace must have: the last one acknowledged, saved or autosaved on its edit page.</summary>
    private readonly Dictionary<Guid, (string Title, string Body)> _traces = [];

    /// <summary>The new trace's draft autosaved but not saved (the learner left the editor), found again on "Nouvelle trace".</summary>
    private (string Title, string Body)? _newDraft;

    private int _written;

    public int Writes { get; private set; }

    public async Task RunAsync()
    {
        await browser.GetAsync("learner home", "/");
        await browser.ThinkAsync(random, 1000, 4000);
        while (true)
        {
            var roll = random.Next(100);
            if (roll < 40)
            {
                await WriteTraceAsync();
            }
            else if (roll < 55 && _traces.Count > 0)
            {
                await EditTraceAsync();
            }
            else if (roll < 75)
            {
                await LinkCompetenceAsync();
            }
            else
            {
                await BrowseAsync();
            }

            await browser.ThinkAsync(random, 2000, 6000);
        }
    }

    private async Task BrowseAsync()
    {
        var dossier = await browser.GetAsync("dossier list", "/dossier");
        await browser.ThinkAsync(random, 2000, 5000);
        var traces = HtmlForm.LinkedIds(dossier.Body, "/dossier/traces/");
        if (traces.Count > 0)
        {
            await browser.GetAsync("trace page", $"/dossier/traces/{traces[random.Next(traces.Count)]}");
            await browser.ThinkAsync(random, 2000, 5000);
        }

        await browser.GetAsync(random.Next(2) == 0 ? "competence page" : "learner home", random.Next(2) == 0 ? "/dossier/competences" : "/");
    }

    /// <summary>"Nouvelle trace": types the title, then the text sentence by sentence, the editor autosaving every few
    /// seconds (htmx, with the page's antiforgery token), then saves — or, now and then, leaves the draft.</summary>
    private async Task WriteTraceAsync()
    {
        var page = await browser.GetAsync("new trace form", "/dossier/nouvelle");
        var form = HtmlForm.Find(page.Body, "/dossier/nouvelle", "id=\"trace-form\"");
        if (!browser.Expect("new trace form", page, form is not null, "the editor"))
        {
            return;
        }

        // A draft left earlier comes back in the editor: the learner carries on with it.
        var title = string.IsNullOrWhiteSpace(form!.Get("Input.Title")) ? Writing.Title(random, account.Email.Split('@')[0], ++_written) : form.Get("Input.Title")!;
        var body = form.Get("Input.Body") ?? "";
        var action = "/dossier/nouvelle?handler=Autosave";
        for (var i = random.Next(2, 6); i > 0; i--)
        {
            await browser.ThinkAsync(random, 3000, 7000);
            body += (body.Length == 0 ? "" : "\n") + Writing.Sentence(random);
            if (await AutosaveAsync(form, action, title, body, "new trace autosave"))
            {
                _newDraft = (title, body);
            }
        }

        if (random.Next(8) == 0)
        {
            return;
        }

        await browser.ThinkAsync(random, 1000, 3000);
        var saved = await browser.PostAsync("new trace save", form.Set("Input.Title", title).Set("Input.Body", body));
        var id = IdAfter(saved, "/dossier/traces/");
        if (!browser.Expect("new trace save", saved, id is not null, "a redirect to the new trace"))
        {
            return;
        }

        _traces[id!.Value] = (title, body);
        _newDraft = null;
        Writes++;
        var trace = await browser.GetAsync("trace page", saved.Location!);
        if (random.Next(3) == 0 && HtmlForm.Find(trace.Body, saved.Location!, "id=\"request-form\"") is { } request)
        {
            await browser.ThinkAsync(random, 2000, 5000);
            var asked = await browser.PostAsync("feedback request", request.Set("message", "Pouvez-vous relire ma trace ?"));
            browser.Expect("feedback request", asked, asked.Status == 302, "a redirect to the trace");
        }
    }

    /// <summary>Reopens one of today's traces, completes it (autosaved), and saves it with the version it started from.</summary>
    private async Task EditTraceAsync()
    {
        var id = _traces.Keys.ElementAt(random.Next(_traces.Count));
        var path = $"/dossier/traces/{id}/modifier";
        var page = await browser.GetAsync("edit trace form", path);
        var form = HtmlForm.Find(page.Body, path, "id=\"trace-form\"");
        if (!browser.Expect("edit trace form", page, form is not null, "the editor"))
        {
            return;
        }

        var title = form!.Get("Input.Title") ?? "";
        var body = form.Get("Input.Body") ?? "";
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            await browser.ThinkAsync(random, 3000, 7000);
            body += "\n" + Writing.Sentence(random);
            if (await AutosaveAsync(form, path + "?handler=Autosave", title, body, "edit trace autosave"))
            {
                _traces[id] = (title, body);
            }
        }

        if (random.Next(6) == 0)
        {
            return;
        }

        var saved = await browser.PostAsync("edit trace save", form.Set("Input.Body", body));
        if (browser.Expect("edit trace save", saved, IdAfter(saved, "/dossier/traces/") == id, "a redirect to the trace"))
        {
            _traces[id] = (title, body);
            Writes++;
            await browser.GetAsync("trace page", saved.Location!);
        }
    }

    private async Task<bool> AutosaveAsync(HtmlForm editor, string action, string title, string body, string label)
    {
        var form = editor.Copy(action);
        var response = await browser.PostAsync(label, form.Set("Input.Title", title).Set("Input.Body", body), htmx: true);
        return browser.Expect(label, response, response.Status == 200 && response.Body.Contains("Brouillon enregistré", StringComparison.Ordinal), "the draft saved");
    }

    /// <summary>Links a trace of the dossier to a competence not linked yet, with a justification and a self-assessment.</summary>
    private async Task LinkCompetenceAsync()
    {
        var id = _traces.Count > 0 && random.Next(2) == 0 ? _traces.Keys.ElementAt(random.Next(_traces.Count)) : (Guid?)null;
        if (id is null)
        {
            var dossier = await browser.GetAsync("dossier list", "/dossier");
            var traces = HtmlForm.LinkedIds(dossier.Body, "/dossier/traces/");
            if (traces.Count == 0)
            {
                return;
            }

            id = traces[random.Next(traces.Count)];
            await browser.ThinkAsync(random, 1000, 3000);
        }

        var path = $"/dossier/traces/{id}/competences";
        var page = await browser.GetAsync("competence links page", path);
        var form = HtmlForm.Find(page.Body, path, "id=\"add-link\"");
        var choices = System.Text.RegularExpressions.Regex.Matches(page.Body, "<option value=\"([0-9a-f-]{36})\"(?![^>]*disabled)[^>]*>").Select(m => m.Groups[1].Value).ToList();
        if (!browser.Expect("competence links page", page, form is not null, "the link form") || choices.Count == 0)
        {
            return;
        }

        await browser.ThinkAsync(random, 3000, 8000);
        form!.Set("elementId", choices[random.Next(choices.Count)]).Set("justification", Writing.Sentence(random))
            .Set("selfLevel", random.Next(1, 5).ToString(CultureInfo.InvariantCulture));
        var linked = await browser.PostAsync("competence link", form);
        browser.Expect("competence link", linked, linked.Status == 302, "a redirect to the links page");
    }

    /// <summary>The id in a redirect to <paramref name="prefix"/>{id}.</summary>
    private static Guid? IdAfter(VirtualBrowser.Response response, string prefix) =>
        response.Status == 302 && response.Location is { } location && location.StartsWith(prefix, StringComparison.Ordinal)
        && Guid.TryParse(location.AsSpan(prefix.Length, Math.Min(36, location.Length - prefix.Length)), out var id) ? id : null;

    /// <summary>Counts the acknowledged writes not found with their last acknowledged text (the editor shows the trace, or
    /// its newer draft; "Nouvelle trace" shows the draft left).</summary>
    public async Task<int> VerifyAsync(TextWriter output)
    {
        var lost = 0;
        foreach (var (id, expected) in _traces)
        {
            var path = $"/dossier/traces/{id}/modifier";
            var page = await browser.GetAsync("verify", path);
            lost += Check(output, page, HtmlForm.Find(page.Body, path, "id=\"trace-form\""), expected, $"trace {id}");
        }

        if (_newDraft is { } draft)
        {
            var page = await browser.GetAsync("verify", "/dossier/nouvelle");
            lost += Check(output, page, HtmlForm.Find(page.Body, "/dossier/nouvelle", "id=\"trace-form\""), draft, "new trace draft");
        }

        return lost;
    }

    private int Check(TextWriter output, VirtualBrowser.Response page, HtmlForm? form, (string Title, string Body) expected, string what)
    {
        if (page.Ok && form?.Get("Input.Title") == expected.Title && form.Get("Input.Body") == expected.Body)
        {
            return 0;
        }

        output.WriteLine($"lost: {account.Email}, {what}: expected « {expected.Title} » ({expected.Body.Length} characters), found « {form?.Get("Input.Title")} » ({form?.Get("Input.Body")?.Length} characters, HTTP {page.Status})");
        return 1;
    }
}
