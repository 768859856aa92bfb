namespace Sillage.Web.Infrastructure.Jobs;

public static class JobsSetup
{
    public static IServiceCollection AddSillageJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddSingleton<JobSignal>();
        services.AddScoped<JobQueue>();
        services.AddHostedService<JobWorker>();
        return services;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler =>
        services.AddScoped<IJobHandler, THandler>();
}
