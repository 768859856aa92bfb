namespace Sillage.Web.Infrastructure.Jobs;

public static class JobsSetup
{
    public static IServiceCollection AddSillageJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddSingleton<JobSignal>();
        services.AddScoped<JobQueue>();
        // Jobs__Workers=0: a web-only instance queues jobs for the others and runs no worker loop.
        if (configuration.GetValue("Jobs:Workers", new JobOptions().Workers) > 0)
        {
            services.AddHostedService<JobWorker>();
        }

        return services;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler =>
        services.AddScoped<IJobHandler, THandler>();
}
