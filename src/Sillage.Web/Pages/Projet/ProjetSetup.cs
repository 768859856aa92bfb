using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Projet;

public static class ProjetSetup
{
    /// <summary>The projet professionnel, Pix results and the follow-up after the training.</summary>
    public static IServiceCollection AddProjet(this IServiceCollection services)
    {
        services.AddScoped<Graduates>();
        services.AddScoped<IDemoContributor, ProjetDemo>();
        services.AddScoped<IDemoContributor, FollowUpDemo>();
        return services;
    }
}
