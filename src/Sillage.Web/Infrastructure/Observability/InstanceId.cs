namespace Sillage.Web.Infrastructure.Observability;

/// <summary>
/// Which instance of the app this process is, when several share the database (<c>Instance:Id</c>; by default the
/// machine name and the process id). It names the instance in every log line (<c>InstanceId</c>) and in telemetry
/// (<c>service.instance.id</c>).
/// </summary>
public sealed record InstanceId(string Value)
{
    public const string Setting = "Instance:Id";

    public static InstanceId From(IConfiguration configuration) =>
        new(configuration[Setting] is { Length: > 0 } configured ? configured : $"{Environment.MachineName}-{Environment.ProcessId}");

    public override string ToString() => Value;
}
