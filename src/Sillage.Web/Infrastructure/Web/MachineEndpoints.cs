namespace Sillage.Web.Infrastructure.Web;

/// <summary>Paths called by machines rather than browsers — load balancers and probes (<c>/health…</c>), Prometheus
/// (<c>/metrics</c>) — often by IP and over plain HTTP on the private network: they answer whatever the Host header
/// and without HTTPS, set no cookie and produce no link.</summary>
public static class MachineEndpoints
{
    public static bool Match(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
