using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Whether the signed-in user passes a page's authorisation policy (its <c>[Authorize]</c>, else the fallback), so
/// that links to a page the user's roles can never open are not shown (<see cref="AuthorizedLinkTagHelper"/>).
/// Only role policies on the application's cookie are judged here: a page whose policy names its own schemes (the
/// jury's and the tutor's links) and the checks a page makes on its resource stay with the page.
/// </summary>
public sealed class PagePolicies(IActionDescriptorCollectionProvider actions, PageLoader loader, IAuthorizationPolicyProvider provider)
{
    private readonly ConcurrentDictionary<string, Task<AuthorizationPolicy?>> policies = new(StringComparer.Ordinal);

    public async ValueTask<bool> AllowsAsync(HttpContext http, string page)
    {
        var key = (typeof(PagePolicies), page);
        if (http.Items.TryGetValue(key, out var known) && known is bool cached)
        {
            return cached;
        }

        var policy = await policies.GetOrAdd(page, PolicyAsync);
        var allowed = policy is null || policy.AuthenticationSchemes.Count > 0 || (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, policy)).Succeeded;
        http.Items[key] = allowed;
        return allowed;
    }

    private async Task<AuthorizationPolicy?> PolicyAsync(string page)
    {
        var descriptor = actions.ActionDescriptors.Items.OfType<PageActionDescriptor>()
            .FirstOrDefault(d => string.Equals(d.ViewEnginePath, page, StringComparison.Ordinal));
        if (descriptor is null)
        {
            return null;
        }

        var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
        var metadata = compiled.Endpoint?.Metadata ?? new EndpointMetadataCollection(compiled.EndpointMetadata);
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        return await AuthorizationPolicy.CombineAsync(provider, metadata.GetOrderedMetadata<IAuthorizeData>()) ?? await provider.GetFallbackPolicyAsync();
    }
}
