using Microsoft.EntityFrameworkCore.Diagnostics;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Suivi;

public static class SuiviSetup
{
    public static IServiceCollection AddSuivi(this IServiceCollection services)
    {
        services.AddScoped<IDemoContributor, SuiviDemo>();
        services.AddSingleton<IInterceptor, PortfolioFigures>();
        return services;
    }
}
