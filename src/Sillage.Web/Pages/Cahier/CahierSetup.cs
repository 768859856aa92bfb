using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Cahier;

public static class CahierSetup
{
    /// <summary>The cahier de textes: sessions, planned versus done, attendance.</summary>
    public static IServiceCollection AddCahier(this IServiceCollection services)
    {
        services.AddScoped<CahierAccess>();
        services.AddScoped<IDemoContributor, CahierDemo>();
        return services;
    }
}
