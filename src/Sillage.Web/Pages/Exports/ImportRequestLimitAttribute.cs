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
/// reason, rather than a bare 413. Runs after the authorisation check and before the antiforgery check, which would
/// otherwise read the whole body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportRequestLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string RefusedKey = "ImportRefused";

    /// <summary>The form's other fields and the multipart framing.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Between [Authorize] (0) and antiforgery (1000).</summary>
    public int Order => 500;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var limits = services.GetRequiredService<IOptions<ImportLimits>>().Value;
        var max = limits.MaxUploadBytes + FormOverheadBytes;
        if (context.HttpContext.Request.ContentLength > max)
        {
            var l = services.GetRequiredService<IStringLocalizer<Text>>();
            var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
            tempData[RefusedKey] = l["Le fichier dépasse {0} Mo.", limits.MaxUploadMegabytes].Value;
            tempData.Save();
            context.Result = new RedirectToPageResult("/Exports/Import");
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        if (context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = max }));
        }
    }
}
