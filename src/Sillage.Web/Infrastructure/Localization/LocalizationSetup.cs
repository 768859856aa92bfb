using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Sillage.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public const string CultureCookie = "sillage.culture";
    public static readonly CultureInfo[] Cultures = [new("fr-FR"), new("fr"), new("en-GB"), new("en-US"), new("en")];

    public static IServiceCollection AddSillageLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("fr-FR");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The user's setting (a cookie written at sign-in and on the preferences page), then the browser.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CultureCookie },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Remembers the account's language in this browser ("en" or "fr"; null forgets it, the browser's own
    /// language then applies): the one place the language cookie is written, at sign-in and on the account page.</summary>
    public static void RememberCulture(this HttpContext context, string? culture)
    {
        if (culture is null)
        {
            context.Response.Cookies.Delete(CultureCookie);
            return;
        }

        context.Response.Cookies.Append(CultureCookie,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "en" ? "en-GB" : "fr-FR")),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, Secure = context.Request.IsHttps, SameSite = SameSiteMode.Lax });
    }
}
