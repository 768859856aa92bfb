using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sillage.Web.Tests;

/// <summary>A page as the browser gets it: its URL, status and parsed document.</summary>
public sealed record Page(Uri Url, HttpStatusCode Status, IHtmlDocument Document)
{
    public string Text => Document.Body?.TextContent ?? "";

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    public IEnumerable<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector);
}

/// <summary>Form helpers that behave like a browser: fields, hidden antiforgery token and submit button values
/// come from the page; tests only say what they type.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<Page> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ToPageAsync(response);
    }

    public static async Task<Page> ToPageAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.RequestMessage!.RequestUri!, response.StatusCode, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Submits a form of the page with its current values plus <paramref name="values"/>
    /// (a value of null removes the field). <paramref name="files"/> switches to multipart.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, Page page, string formSelector,
        Dictionary<string, string?>? values = null, Dictionary<string, (string FileName, byte[] Content, string ContentType)>? files = null,
        string? submitSelector = null)
    {
        var (target, fields, isMultipart) = FormFields(page, formSelector, values, submitSelector);
        HttpContent content;
        if (files is { Count: > 0 } || isMultipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (field, value) in fields)
            {
                multipart.Add(new StringContent(value), field);
            }

            foreach (var (field, file) in files ?? [])
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, field, file.FileName);
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }

        return await client.PostAsync(target, content);
    }

    /// <summary>What a browser would send for a form of the page: its target, and its fields with its current values
    /// plus <paramref name="values"/> (a value of null removes the field).</summary>
    public static (Uri Target, List<KeyValuePair<string, string>> Fields, bool IsMultipart) FormFields(Page page, string formSelector,
        Dictionary<string, string?>? values = null, string? submitSelector = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "file" or "image"))
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (selected is not null)
                    {
                        fields.Add(new(select.Name, selected.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }

        if (submitSelector is not null && page.Document.QuerySelector(submitSelector) is IHtmlButtonElement { Name: { Length: > 0 } buttonName } button)
        {
            fields.Add(new(buttonName, button.Value));
        }

        foreach (var (field, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == field);
            if (value is not null)
            {
                fields.Add(new(field, value));
            }
        }

        var action = form.GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action), fields, form.Enctype == "multipart/form-data");
    }

    /// <summary>Submits and follows the redirect (Post/Redirect/Get) to the resulting page.</summary>
    public static async Task<Page> SubmitAndFollowAsync(this HttpClient client, Page page, string formSelector,
        Dictionary<string, string?>? values = null, Dictionary<string, (string FileName, byte[] Content, string ContentType)>? files = null)
    {
        var response = await client.SubmitAsync(page, formSelector, values, files);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            return await client.GetPageAsync(response.Headers.Location!.ToString());
        }

        return await response.ToPageAsync();
    }

    /// <summary>The French error messages shown on a page (summary and fields).</summary>
    public static IReadOnlyList<string> Errors(this Page page) =>
        page.FindAll(".validation-summary-errors li, .field-validation-error, .error-line").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct().ToList();
}
