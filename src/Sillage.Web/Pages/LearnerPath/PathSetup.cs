using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Jobs;

namespace Sillage.Web.Pages.LearnerPath;

public static class PathSetup
{
    /// <summary>Learners' paths: profiles, individual adjustments, apprentices' contracts, adults' hours and certificates.</summary>
    public static IServiceCollection AddLearnerPaths(this IServiceCollection services)
    {
        services.AddScoped<IDemoContributor, PathDemo>();
        services.AddJobHandler<TrainingCertificateJob>();
        return services;
    }
}
