using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Exports;

/// <summary>
/// The import page's request size, from <see cref="ImportLimits.MaxUploadMegabytes"/>: the server reads no more than the
/// zip plus the form around it. A request that announces more is not read at all: the page is shown again with the
/// reason, rather than a bare 413. A request that does not announce its size (sent in chunks) is read here, up to the
/// limit: past it, the same page and reason, rather than the bare 400 of the antiforgery check's failed read. Runs after
/// the authorisation check and before the antiforgery check, which would otherwise read the whole body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportRequestLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string RefusedKey = "ImportRefused";

    /// <summary>The form's other fields and the multipart framing.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Between [Authorize] (0) and antiforgery (1000).</summary>
    public int Order => 500;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<ImportLimits>>().Value;
        var max = limits.MaxUploadBytes + FormOverheadBytes;
        if (http.Request.ContentLength > max)
        {
            Refuse(context, limits);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        if (http.Features.Get<IFormFeature>()?.Form is not null)
        {
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = max }));
        if (http.Request.ContentLength is null && http.Request.HasFormContentType)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                                      || (e is InvalidDataException && e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)))
            {
                // The server's limit, or the multipart reader's: the body goes past the size allowed. Any other broken
                // body is left to the antiforgery check, as before.
                Refuse(context, limits);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                // A broken body: the antiforgery check refuses it as before (400).
            }
        }
    }

    private static void Refuse(AuthorizationFilterContext context, ImportLimits limits)
    {
        var services = context.HttpContext.RequestServices;
        var l = services.GetRequiredService<IStringLocalizer<Text>>();
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData[RefusedKey] = l["Le fichier dépasse {0} Mo.", limits.MaxUploadMegabytes].Value;
        tempData.Save();
        context.Result = new RedirectToPageResult("/Exports/Import");
    }
}
