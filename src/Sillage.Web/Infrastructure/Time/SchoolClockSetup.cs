using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Infrastructure.Time;

/// <summary><c>School:TimeZone</c> (an IANA name, default Europe/Paris) read and checked at start-up: an unknown
/// zone stops the app with a message naming the setting, rather than dates silently shifted.</summary>
public static class SchoolClockSetup
{
    public const string Setting = "School:TimeZone";

    public const string DefaultZone = "Europe/Paris";

    public static IServiceCollection AddSchoolClock(this IServiceCollection services, IConfiguration configuration)
    {
        var zone = Resolve(configuration);
        services.AddSingleton(sp => new SchoolClock(sp.GetRequiredService<TimeProvider>(), zone));
        services.AddSingleton<Display>();
        return services;
    }

    public static TimeZoneInfo Resolve(IConfiguration configuration)
    {
        var value = configuration[Setting];
        var name = string.IsNullOrWhiteSpace(value) ? DefaultZone : value.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return zone;
        }

        throw StartupRefusal.Refuse(configuration, $"Sillage cannot start: School__TimeZone « {name} » is not a time zone known to this server. "
            + "Give the school's IANA time zone, e.g. Europe/Paris, America/Cayenne or Indian/Reunion (School:TimeZone in appsettings.json, "
            + "--School:TimeZone= on the command line); a server without a time-zone database needs the tzdata package.");
    }
}
