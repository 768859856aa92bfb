using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Sillage.Web.Data;

namespace Sillage.Bench;

/// <summary>The app in-process on its own database (SQLite file or a fresh PostgreSQL database), with the demo
/// accounts, logging quiet so that it does not weigh on the measures.</summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly string _name;
    private readonly string? _postgres;
    private readonly bool _keep;

    /// <param name="database">A database to keep (SQLite file path, or PostgreSQL database name); null for a throwaway one.</param>
    public BenchApp(string? postgres, string? database = null)
    {
        _postgres = postgres;
        _keep = database is not null;
        _name = database ?? "sillage_bench_" + Guid.NewGuid().ToString("N")[..8];
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string Provider => _postgres is null ? "SQLite" : "PostgreSQL";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Sillage.Web"));
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
        builder.ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        if (_postgres is not null)
        {
            using (var connection = new NpgsqlConnection(_postgres))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
                create.ExecuteNonQuery();
            }

            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Sillage", new NpgsqlConnectionStringBuilder(_postgres) { Database = _name }.ToString());
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sillage", $"Data Source={(_keep ? Path.GetFullPath(_name) : Path.Combine(Path.GetTempPath(), _name + ".db"))}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sillage.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository (Sillage.slnx not found above the binaries).");
    }

    public async Task WithDbAsync(Func<SillageDb, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<SillageDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgres is not null && !_keep)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgres);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
