using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// Refuses, before any page handler runs, text that no browser sends: bytes that are not UTF-8 (ASP.NET decodes
/// them as U+FFFD, so the damage would be silent), the NUL character (PostgreSQL refuses it in text, which
/// would end in a 500 after a partial write) and the other control characters. URL-encoded bodies are checked before
/// the form is read (<see cref="UrlEncodedTextCheck"/>). Form values, query string and route values are checked; the answer
/// is the 422 error page, in French, and nothing is written.
/// </summary>
public sealed class InvalidTextFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The error page re-executed for this very request must still show.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is null && HasInvalidText(http.Request, context.RouteData.Values))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status422UnprocessableEntity);
            return;
        }

        await next();
    }

    /// <summary>NUL and the other control characters no keyboard types (C0 but tab, line feed and carriage return;
    /// DEL; C1), and U+FFFD, what ASP.NET decodes bytes that are not UTF-8 to.</summary>
    public static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    private static readonly System.Buffers.SearchValues<char> Invalid = System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(Controls.Contains), '\uFFFD']);

    public static bool IsInvalid(string? value) => value is not null && value.AsSpan().ContainsAny(Invalid);

    private static bool HasInvalidText(HttpRequest request, RouteValueDictionary route)
    {
        var values = request.Query.SelectMany(q => q.Value).Concat(route.Values.OfType<string>());
        if (request.HasFormContentType)
        {
            values = values.Concat(request.Form.SelectMany(f => f.Value)).Concat(request.Form.Files.Select(f => f.FileName));
        }

        return request.Query.Keys.Concat(request.HasFormContentType ? request.Form.Keys : []).Concat(values).Any(IsInvalid);
    }
}
