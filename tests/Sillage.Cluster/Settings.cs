namespace Sillage.Cluster;

/// <summary>What scripts/cluster-test prepared: the published app, a work folder, PostgreSQL (a connection string to
/// its <c>postgres</c> database, databases are created per phase), the S3 server and the SMTP sink.</summary>
public sealed record Settings(string App, string Work, string Postgres, string S3, int SmtpPort, string MailDirectory, int BalancerPort)
{
    public const string DemoPassword = "Sillage-demo-2026";

    public string Balancer => $"https://127.0.0.1:{BalancerPort}";

    public static Settings FromEnvironment()
    {
        static string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value : throw new InvalidOperationException($"{name} is not set (run scripts/cluster-test)");
        return new Settings(Need("SILLAGE_CLUSTER_APP"), Need("SILLAGE_CLUSTER_WORK"), Need("SILLAGE_CLUSTER_PG"), Need("SILLAGE_CLUSTER_S3"),
            int.Parse(Need("SILLAGE_CLUSTER_SMTP_PORT")), Need("SILLAGE_CLUSTER_MAIL"), int.Parse(Need("SILLAGE_CLUSTER_LB_PORT")));
    }

    public string ConnectionString(string database) =>
        string.Join(';', Postgres.Split(';', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.TrimStart().StartsWith("Database=", StringComparison.OrdinalIgnoreCase)))
        + $";Database={database}";

    /// <summary>The settings of every instance: the shared database and bucket, SMTP, behind a TLS-terminating proxy
    /// on loopback, cluster mode on.</summary>
    public IEnumerable<KeyValuePair<string, string>> InstanceEnvironment(string name, int port, string database) => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Urls"] = $"http://127.0.0.1:{port}",
        ["App__PublicUrl"] = Balancer,
        ["ForwardedHeaders__Enabled"] = "true",
        ["Cluster__Enabled"] = "true",
        ["Cluster__Instances"] = "3",
        ["Instance__Id"] = name,
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Sillage"] = ConnectionString(database),
        ["Storage__Provider"] = "S3",
        ["Storage__S3ServiceUrl"] = S3,
        ["Storage__S3Bucket"] = "sillage",
        ["Storage__S3AccessKey"] = "S3RVER",
        ["Storage__S3SecretKey"] = "S3RVER",
        ["Storage__S3Region"] = "us-east-1",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = SmtpPort.ToString(),
        ["Smtp__UseStartTls"] = "false",
        ["Retention__FirstRunDelayMinutes"] = "0",
        ["Security__LoginAttemptsPerMinute"] = "100000",
        ["Security__JobStartsPerMinute"] = "1000", // 12 exports by one référent in a few seconds
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Sillage"] = "Information",
    };
}
