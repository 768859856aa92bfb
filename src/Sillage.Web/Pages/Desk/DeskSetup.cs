using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Desk;

public static class DeskSetup
{
    /// <summary>The fil-rouge company's services and its user-request desk (docs/fil-rouge-desk.md).</summary>
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddSingleton<ShippedDesks>();
        services.AddScoped<DeskAccess>();
        services.AddScoped<RequestTrace>();
        services.AddHostedService<RequestReleaser>();
        services.AddScoped<IDemoContributor, DeskDemo>();
        return services;
    }
}
