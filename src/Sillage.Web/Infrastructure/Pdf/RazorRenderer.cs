using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace Sillage.Web.Infrastructure.Pdf;

/// <summary>Renders a Razor view to a string outside a page request (background jobs, PDF, static-site export),
/// so that exports reuse the markup of the pages.</summary>
public sealed class RazorRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IServiceProvider services)
{
    /// <param name="viewPath">An application-relative path, e.g. "/Pages/Pfmp/Print/Attestation.cshtml".</param>
    public async Task<string> RenderAsync<TModel>(string viewPath, TModel model, IServiceProvider? requestServices = null)
    {
        var httpContext = new DefaultHttpContext { RequestServices = requestServices ?? services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var result = engine.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!result.Success)
        {
            throw new InvalidOperationException($"View {viewPath} not found: {string.Join(", ", result.SearchedLocations)}");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var context = new ViewContext(actionContext, result.View, viewData, new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
        await result.View.RenderAsync(context);
        return writer.ToString();
    }
}
