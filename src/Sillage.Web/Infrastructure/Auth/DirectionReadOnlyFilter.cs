using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// The direction reads the establishment's dashboards and changes nothing: a POST from an account that is direction
/// and nothing more gets a 403, whatever the page, unless the page or handler says <see cref="DirectionMayPostAttribute"/>.
/// One place rather than a check in every handler, so that a page opened to the direction later stays read-only.
/// </summary>
public sealed class DirectionReadOnlyFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method) && context.HttpContext.User.IsDirectionOnly()
            && context.HandlerInstance.GetType().GetCustomAttribute<DirectionMayPostAttribute>() is null
            && context.HandlerMethod?.MethodInfo.GetCustomAttribute<DirectionMayPostAttribute>() is null)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
