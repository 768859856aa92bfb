using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Notifications;

namespace Sillage.Web.Pages.Portfolio;

public static class PortfolioSetup
{
    /// <summary>The dossier numérique: traces, feedback, shares, search, notifications and its demo.</summary>
    public static IServiceCollection AddPortfolio(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<TraceRendering>();
        services.AddScoped<PortfolioAccess>();
        services.AddScoped<PortfolioSearch>();
        services.AddScoped<PortfolioNotifier>();
        services.AddScoped<TraceFeedback>();
        services.AddScoped<TraceAttachments>();
        services.AddScoped<Situations.IMissionWork, MissionWork>();
        services.AddScoped<NotificationCount>();
        services.AddScoped<IDemoContributor, PortfolioDemo>();
        services.AddHostedService<TraceSearchCheck>();
        return services;
    }
}
