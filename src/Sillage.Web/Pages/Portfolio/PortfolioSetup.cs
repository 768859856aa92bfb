using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Replaces Situations' stand-in whichever feature registers first (Situations only adds it when none is there).
        services.Replace(ServiceDescriptor.Scoped<Situations.IMissionWork, MissionWork>());
        services.AddScoped<NotificationCount>();
        services.AddScoped<IDemoContributor, PortfolioDemo>();
        services.AddHostedService<TraceSearchCheck>();
        services.AddSingleton<IInterceptor>(TraceSearchSync.Instance);
        return services;
    }
}
