using Sillage.Web.Pages.Cahier;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Desk;
using Sillage.Web.Pages.Exports;
using Sillage.Web.Pages.Organisations;
using Sillage.Web.Pages.Partners;
using Sillage.Web.Pages.People;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Plan;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Privacy;
using Sillage.Web.Pages.Projet;
using Sillage.Web.Pages.Referentiel;
using Sillage.Web.Pages.Resources;
using Sillage.Web.Pages.Situations;
using Sillage.Web.Pages.Suivi;
using Sillage.Web.Pages.LearnerPath;
using Sillage.Web.Pages.Team;

namespace Sillage.Web.Pages;

/// <summary>
/// Every feature of <c>Pages/</c> that has services, listed once. Each feature's <c>…Setup</c> registers all it needs:
/// its services, its jobs (<c>AddJobHandler</c>), its shipped data (<c>AddShippedData</c>), its demo
/// (<see cref="Data.Demo.IDemoContributor"/>) and its save interceptors (<c>IInterceptor</c>). A new feature adds its line.
/// <para>The order of this list does not matter (a test registers it reversed and shuffled): what runs in an order
/// carries its own (<c>IShippedData.Order</c>, <c>IDemoContributor.Order</c>), and a default one feature lets another
/// replace is added with <c>TryAdd</c> and replaced with <c>Replace</c>.</para>
/// </summary>
public static class Features
{
    public static readonly IReadOnlyList<Action<IServiceCollection, IConfiguration>> All =
    [
        (services, _) => services.AddReferentiel(),
        (services, _) => services.AddPeople(),
        (services, _) => services.AddOrganisations(),
        (services, _) => services.AddResources(),
        (services, _) => services.AddSituations(),
        (services, _) => services.AddPortfolio(),
        (services, _) => services.AddSuivi(),
        (services, _) => services.AddProjet(),
        (services, _) => services.AddDesk(),
        (services, _) => services.AddTrainingPlan(),
        (services, _) => services.AddCahier(),
        (services, _) => services.AddTeachingTeam(),
        (services, _) => services.AddPfmp(),
        (services, _) => services.AddLearnerPaths(),
        (services, _) => services.AddPartnerships(),
        (services, configuration) => services.AddCertification(configuration),
        (services, configuration) => services.AddExports(configuration),
        (services, configuration) => services.AddPersonalData(configuration),
    ];

    public static IServiceCollection AddSillageFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        foreach (var add in All)
        {
            add(services, configuration);
        }

        return services;
    }
}
