namespace Sillage.Web.Infrastructure.Web;

/// <summary>The <c>--demo</c> switch: fills an empty database with the demo establishment and lists the demo
/// accounts on the login page. Never on by default: demo passwords are published.</summary>
public static class DemoMode
{
    public static string[] Apply(string[] args) =>
        args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a).ToArray();

    /// <summary>Development or the demo: the app runs on someone's own machine, so production safeguards that need
    /// configuring (public address, allowed hosts) get local defaults instead.</summary>
    public static bool IsLocalTrial(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() || configuration.GetValue<bool>("Demo:Enabled");
}
