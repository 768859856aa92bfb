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
                FrenchBindingMessages(o.ModelBindingMessageProvider);
            })
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)));
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

    private static void FrenchBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"La valeur « {value} » n'est pas valide pour « {field} ».");
        p.SetMissingBindRequiredValueAccessor(field => $"Valeur manquante pour « {field} ».");
        p.SetMissingKeyOrValueAccessor(() => "Valeur manquante.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
        p.SetUnknownValueIsInvalidAccessor(field => $"La valeur saisie pour « {field} » n'est pas valide.");
        p.SetValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        p.SetValueMustBeANumberAccessor(field => $"« {field} » doit être un nombre.");
        p.SetValueMustNotBeNullAccessor(value => $"Une valeur est requise.");
    }
}
