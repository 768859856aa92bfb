using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.Privacy;

public static class PrivacySetup
{
    /// <summary>Personal data: download of one's data, erasure, daily retention, the register's shipped entries.</summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection("Retention"));
        services.AddScoped<PersonErasure>();
        services.AddScoped<RetentionJob>();
        services.AddJobHandler<PersonalDataJob>();
        services.AddHostedService<RetentionScheduler>();
        services.AddShippedData<RegisterDefaults>();
        return services;
    }
}
