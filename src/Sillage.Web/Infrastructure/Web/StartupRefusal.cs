namespace Sillage.Web.Infrastructure.Web;

/// <summary>A setting that stops the start-up: the reason goes to the configured console logger (JSON in production)
/// before the host exists, and the exception returned ends the process with a non-zero exit code.</summary>
public static class StartupRefusal
{
    public static InvalidOperationException Refuse(IConfiguration configuration, string message)
    {
        using (var loggers = LoggerFactory.Create(l => l.AddConfiguration(configuration.GetSection("Logging")).AddConsole()))
        {
            loggers.CreateLogger("Sillage.Startup").LogCritical("{Problem}", message);
        }

        return new InvalidOperationException(message);
    }
}
