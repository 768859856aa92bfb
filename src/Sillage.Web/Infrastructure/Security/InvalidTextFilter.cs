using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sillage.Web.Infrastructure.Security;

/// <summary>
/// Refuses, before any page handler runs, text that no browser sends: bytes that are not UTF-8 (ASP.NET decodes
/// them as U+FFFD, so the damage would be silent) and the NUL character (PostgreSQL refuses it in text, which
/// would end in a 500 after a partial write). Form values, query string and route values are checked; the answer
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

    public static bool IsInvalid(string? value) => value is not null && value.AsSpan().IndexOfAny('\0', '\uFFFD') >= 0;

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
