using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sillage.Web.Pages.Exports;

/// <summary>The public key that signs Open Badges (JWK set), for anyone verifying a badge.</summary>
[AllowAnonymous]
public sealed class JwksModel(BadgeSigning signing) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var key = await signing.PublicKeyAsync(cancellationToken);
        Response.Headers.CacheControl = "public, max-age=3600";
        return new JsonResult(new { keys = new[] { new { kty = key.Kty, crv = key.Crv, use = key.Use, alg = key.Alg, kid = key.Kid, x = key.X, y = key.Y } } });
    }
}
