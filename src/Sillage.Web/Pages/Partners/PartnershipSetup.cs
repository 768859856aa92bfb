using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Partners;

public static class PartnershipSetup
{
    /// <summary>Partnership events, the annual report, and their demo.</summary>
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipAccess>();
        services.AddScoped<IDemoContributor, PartnershipDemo>();
        return services;
    }
}
