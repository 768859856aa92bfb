using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// A complete, valid body for a POST handler, as a caller the handler lets in would send it: the fields of the
/// page's form for that handler (hidden ids, selected options, checked boxes), its required fields filled with
/// plausible values, and a small file in each file field. Sent by a refused caller, it shows the refusal comes from
/// authorisation, not from validation; sent by the allowed caller, it proves it would have worked.
/// </summary>
public sealed record FormBody(IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> FileFields, bool Multipart)
{
    private const string Antiforgery = "__RequestVerificationToken";

    /// <summary>A small PNG (its signature and header), accepted wherever an image or a document may be sent.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>No field: the antiforgery token alone.</summary>
    public static readonly FormBody Empty = new([], [], false);

    /// <summary>The body with the antiforgery token of the caller who sends it.</summary>
    public HttpContent ToContent(string antiforgeryToken)
    {
        var fields = Fields.Where(f => f.Key != Antiforgery).Append(new(Antiforgery, antiforgeryToken)).ToList();
        if (!Multipart && FileFields.Count == 0)
        {
            return new FormUrlEncodedContent(fields);
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var name in FileFields)
        {
            var part = new ByteArrayContent(Png);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            multipart.Add(part, name, "controle.png");
        }

        return multipart;
    }

    /// <summary>The body with <paramref name="field"/> holding <paramref name="value"/> alone.</summary>
    public FormBody With(string field, string value) =>
        this with { Fields = [.. Fields.Where(f => f.Key != field), new(field, value)] };

    /// <summary>Opens <paramref name="pageUrl"/> as <paramref name="client"/> and reads the form that posts to
    /// <paramref name="handler"/> (null: the page's default POST handler), the one holding <paramref name="field"/> if
    /// several do; null with why when there is none.</summary>
    public static async Task<(FormBody? Body, string? Problem)> HarvestAsync(HttpClient client, string pageUrl, string? handler, string? field = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        if (page.Status != HttpStatusCode.OK)
        {
            return (null, $"the page answers {(int)page.Status}");
        }

        if (FormFor(page, handler, field) is not IHtmlFormElement form)
        {
            return (null, "the page has no form for this handler");
        }

        var fields = Html.FormFields(page, FormSelector(form)).Fields;
        Complete(form, fields);
        var files = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "file" && !string.IsNullOrEmpty(i.Name)).Select(i => i.Name!).Distinct().ToList();
        var submit = SubmitButton(page.Url, form, handler);
        if (submit is { Name: { Length: > 0 } name })
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, submit.Value));
        }

        // Ids the form's address carries (asp-route-draft…) travel in the body: the cell's address is the handler's.
        var action = submit?.GetAttribute("formaction") is { Length: > 0 } formAction && TargetsHandler(page.Url, formAction, handler) ? formAction : form.GetAttribute("action") ?? "";
        var query = QueryHelpers.ParseQuery(new Uri(page.Url, action).Query);
        foreach (var (key, values) in query.Where(q => !q.Key.Equals("handler", StringComparison.OrdinalIgnoreCase) && fields.All(f => f.Key != q.Key)))
        {
            fields.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v ?? "")));
        }

        return (new FormBody(fields, files, form.Enctype == "multipart/form-data"), null);
    }

    /// <summary>The POST form of the page that targets the handler (by its action or a button's formaction),
    /// preferring one holding <paramref name="field"/>.</summary>
    public static IElement? FormFor(Page page, string? handler, string? field)
    {
        var forms = page.FindAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
        bool Targets(IElement form) => Actions(form).Any(a => TargetsHandler(page.Url, a, handler));
        bool Holds(IElement form) => field is not null && form.QuerySelector($"[name=\"{field}\"]") is not null;
        return forms.FirstOrDefault(f => Targets(f) && Holds(f)) ?? forms.FirstOrDefault(Targets) ?? forms.FirstOrDefault(Holds);
    }

    /// <summary>Where the form may post: its action (the page itself when it has none), its hx-post, its buttons'.</summary>
    private static IEnumerable<string> Actions(IElement form) =>
        form.QuerySelectorAll("[formaction]").Select(b => b.GetAttribute("formaction"))
            .Concat(form.QuerySelectorAll("[hx-post]").Select(b => b.GetAttribute("hx-post")))
            .Append(form.GetAttribute("hx-post"))
            .OfType<string>()
            .Append(form.GetAttribute("action") ?? "");

    /// <summary>Whether the address posts to the handler of this very page (not the user menu's sign-out, nor another
    /// page's handler of the same name).</summary>
    private static bool TargetsHandler(Uri page, string action, string? handler)
    {
        var target = new Uri(page, action);
        if (!string.Equals(target.AbsolutePath.TrimEnd('/'), page.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var named = Regex.Match(target.Query, "[?&]handler=([^&#]*)", RegexOptions.IgnoreCase);
        return handler is null ? !named.Success : named.Success && named.Groups[1].Value.Equals(handler, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The button that sends the form to the handler, when it carries a name and value of its own.</summary>
    private static IHtmlButtonElement? SubmitButton(Uri page, IElement form, string? handler) =>
        form.QuerySelectorAll("button").OfType<IHtmlButtonElement>()
            .FirstOrDefault(b => b.GetAttribute("formaction") is { } a ? TargetsHandler(page, a, handler) : b.Type is "submit" or "");

    /// <summary>A selector for this very form: its id, or one set for the purpose.</summary>
    private static string FormSelector(IElement form)
    {
        if (string.IsNullOrEmpty(form.Id))
        {
            form.Id = "harvested-form";
        }

        return $"form[id='{form.Id}']";
    }

    /// <summary>Fills what a person would fill: every text field left empty, a choice in each empty list, a box in
    /// each group of ids where none is ticked, an option in each group of radio buttons.</summary>
    private static void Complete(IElement form, List<KeyValuePair<string, string>> fields)
    {
        bool Has(string name) => fields.Any(f => f.Key == name && f.Value.Length > 0);
        void Set(string name, string value)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled") || element.HasAttribute("readonly"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } when name.EndsWith("Ids", StringComparison.Ordinal) && !fields.Any(f => f.Key == name):
                case IHtmlInputElement { Type: "radio" } when !fields.Any(f => f.Key == name):
                    fields.Add(new(name, ((IHtmlInputElement)element).Value));
                    break;
                case IHtmlSelectElement select when !Has(name):
                    if (select.Options.FirstOrDefault(o => o.Value.Length > 0) is { } option)
                    {
                        Set(name, option.Value);
                    }

                    break;
                case IHtmlTextAreaElement when !Has(name):
                    Set(name, "Texte de contrôle de la matrice d'autorisations.");
                    break;
                case IHtmlInputElement input when !Has(name) && input.Type is not ("checkbox" or "radio" or "file" or "hidden" or "submit" or "button" or "image" or "reset"):
                    Set(name, Plausible(input, name));
                    break;
            }
        }
    }

    private static string Plausible(IHtmlInputElement input, string name)
    {
        bool Named(params string[] parts) => parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
        var end = Named("End", "Fin", "Until", "To", "Last");
        if (Named("Birth") && input.Type is "date" or "text")
        {
            return "2008-05-14";
        }

        return input.Type switch
        {
            "email" => "controle@example.org",
            "date" => input.GetAttribute("min") is { Length: > 0 } min ? min : end ? "2026-11-27" : "2026-11-16",
            "datetime-local" => end ? "2026-11-16T12:00" : "2026-11-16T10:00",
            "time" => end ? "12:00" : "10:00",
            "number" => input.GetAttribute("min") is { Length: > 0 } min && min != "0" ? min : "1",
            "url" => "https://example.org",
            "tel" => "0102030405",
            "password" => "Controle-Matrice-2026!",
            _ when Named("Email") => "controle@example.org",
            _ when Named("Uai") => "0750655E",
            _ when Named("Siret") => "73282932000074",
            _ when Named("SchoolYear") => "2026-2027",
            _ when Named("Url") => "https://example.org",
            _ when Named("Phone") => "0102030405",
            _ when Named("PostalCode") => "75001",
            _ => "Contrôle matrice",
        };
    }
}
