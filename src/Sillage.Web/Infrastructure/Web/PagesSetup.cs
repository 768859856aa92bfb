using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Infrastructure.Web;

public static class PagesSetup
{
    public static IServiceCollection AddSillagePages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddRazorPages(o =>
            {
                // Public pages say so explicitly; everything else needs at least a signed-in user (fallback policy).
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/LoginTwoFactor");
                o.Conventions.AllowAnonymousToPage("/Account/ExternalLogin");
                o.Conventions.AllowAnonymousToPage("/Account/Invitation");
                o.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
                o.Conventions.AllowAnonymousToPage("/Setup/Index");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Privacy/Index");
                o.Conventions.AllowAnonymousToPage("/Certification/Verify");
            })
            .AddMvcOptions(o =>
            {
                // Required fields are checked by the pages with their own French messages, not implied by nullability.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                o.Filters.Add<Sillage.Web.Infrastructure.Security.InvalidTextFilter>();
                o.Filters.Add<Sillage.Web.Infrastructure.Auth.DirectionReadOnlyFilter>();
                // Decimals read the same in every language ("250,50" and "250.50").
                o.ModelBinderProviders.Insert(0, new DecimalBinderProvider());
            })
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)))
            // Sillage has no MVC controllers (pages, and minimal APIs under /api): left in, this provider loads every
            // type of the app at start-up looking for some (~0.1 s of the first start, issue 16).
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Remove(
                parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().Single()));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            BindingMessages(o.ModelBindingMessageProvider, factory.Create(typeof(Text))));
        // Accents stay readable in the HTML instead of becoming numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.LowercaseQueryStrings = false;
        });
        return services;
    }

    public static IApplicationBuilder UseSillageErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/erreur");
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>The model binder's own messages (a letter typed in a number field…) through the catalogue, in the
    /// request's language: the accessors run during the request, under its culture.</summary>
    private static void BindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider p, IStringLocalizer l)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => l["La valeur « {0} » n'est pas valide pour « {1} ».", value, field]);
        p.SetMissingBindRequiredValueAccessor(field => l["Valeur manquante pour « {0} ».", field]);
        p.SetMissingKeyOrValueAccessor(() => l["Valeur manquante."]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => l["Le formulaire est vide."]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["La valeur « {0} » n'est pas valide.", value]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["La valeur saisie n'est pas valide."]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => l["Saisissez un nombre."]);
        p.SetUnknownValueIsInvalidAccessor(field => l["La valeur saisie pour « {0} » n'est pas valide.", field]);
        p.SetValueIsInvalidAccessor(value => l["La valeur « {0} » n'est pas valide.", value]);
        p.SetValueMustBeANumberAccessor(field => l["« {0} » doit être un nombre.", field]);
        p.SetValueMustNotBeNullAccessor(_ => l["Une valeur est requise."]);
    }
}
