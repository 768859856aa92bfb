namespace Sillage.Web.Infrastructure.Web;

/// <summary>The <c>--demo</c> switch: fills an empty database with the demo establishment and lists the demo
/// accounts on the login page. Never on by default: demo passwords are published.</summary>
public static class DemoMode
{
    public static string[] Apply(string[] args) =>
        args.Select(a => a == "--demo" ? "--Demo:Enabled=true" : a).ToArray();
}
