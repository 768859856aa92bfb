using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// Section <c>Cluster</c>: several instances behind a load balancer. <c>Cluster:Enabled</c> makes start-up refuse what
/// cannot be shared (a SQLite file, files on the local disk); <c>Cluster:Instances</c> (the number of instances behind
/// the load balancer) divides the per-minute rate limit budgets, which are counted by each instance in its memory.
/// </summary>
public static class ClusterMode
{
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>("Cluster:Enabled");

    public static int Instances(IConfiguration configuration) => Math.Max(1, configuration.GetValue("Cluster:Instances", 1));

    /// <summary>
    /// The share of a rate limit budget one instance counts. The limiters count in memory, per instance; the load balancer
    /// spreads a client's requests over the instances, so each one allows its share and the cluster as a whole about the
    /// configured budget (with sticky sessions a client meets fewer permits, never more). Never below one a minute.
    /// The sign-in lockout after failed passwords is counted in the database, per account, whatever the instance.
    /// </summary>
    public static int PerInstanceBudget(IConfiguration configuration, int budget) => Math.Max(1, budget / Instances(configuration));

    /// <summary>Stops the start-up when cluster mode is on and the database or the file storage is local to this machine.</summary>
    public static void RefuseUnsharedState(IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return;
        }

        if (!DatabaseSetup.IsPostgres(configuration))
        {
            throw StartupRefusal.Refuse(configuration, "Sillage cannot start: Cluster__Enabled is true but the database is SQLite, a file that only this "
                + "machine sees. Set Database__Provider=Postgres and ConnectionStrings__Sillage to the PostgreSQL server every instance shares.");
        }

        if (!string.Equals(configuration["Storage:Provider"] ?? "Local", "S3", StringComparison.OrdinalIgnoreCase))
        {
            throw StartupRefusal.Refuse(configuration, "Sillage cannot start: Cluster__Enabled is true but files are stored on the local disk "
                + "(Storage__Provider=Local), which the other instances cannot read. Set Storage__Provider=S3 and the Storage__S3… settings.");
        }
    }
}
