#pragma warning disable EF1001 // The compiled model's generator is EF's design-time service, as `dotnet ef dbcontext optimize` uses it.
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Data;

/// <summary>The compiled models in src/Sillage.Web/Data/CompiledModels (what the app runs on, instead of building its
/// model at every start) are what EF generates from the current model: a model change without
/// <c>scripts/compiled-model</c> fails here, with the files that differ.</summary>
public sealed partial class CompiledModelTests
{
    [Fact]
    public void The_sqlite_compiled_model_is_current()
    {
        using var db = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=:memory:").Options);
        AssertCurrent(db, "Sqlite", services => new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services));
    }

    [Fact]
    public void The_postgres_compiled_model_is_current()
    {
        using var db = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=none").Options);
        AssertCurrent(db, "Postgres", services => new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services));
    }

    [Fact]
    public void The_app_runs_on_the_compiled_models()
    {
        using var sqlite = new SqliteSillageDb(new DbContextOptionsBuilder<SqliteSillageDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresSillageDb(new DbContextOptionsBuilder<PostgresSillageDb>().UseNpgsql("Host=localhost;Database=none").Options);
        Assert.IsType<Sillage.Web.Data.CompiledModels.Sqlite.SqliteSillageDbModel>(sqlite.Model);
        Assert.IsType<Sillage.Web.Data.CompiledModels.Postgres.PostgresSillageDbModel>(postgres.Model);
    }

    private static void AssertCurrent(DbContext db, string provider, Action<IServiceCollection> providerServices)
    {
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
        providerServices(services);
        using var provided = services.BuildServiceProvider();
        var output = Directory.CreateTempSubdirectory("sillage-compiled-model-");
        try
        {
            // The design-time model is built from OnModelCreating, as the tool does, whatever model the context runs on.
            provided.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                db.GetService<IDesignTimeModel>().Model,
                output.FullName,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = db.GetType(),
                    ModelNamespace = $"Sillage.Web.Data.CompiledModels.{provider}",
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            var checkedIn = Path.Combine(SourceTree.Root, "src", "Sillage.Web", "Data", "CompiledModels", provider);
            var generated = Files(output.FullName);
            var current = Files(checkedIn);
            var differing = generated.Keys.Union(current.Keys)
                .Where(name => !generated.TryGetValue(name, out var g) || !current.TryGetValue(name, out var c) || g != c)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.True(differing.Count == 0,
                $"Run scripts/compiled-model: the {provider} compiled model is behind the model ({string.Join(", ", differing)}). "
                + FirstDifference(generated.GetValueOrDefault(differing.FirstOrDefault() ?? "") ?? "", current.GetValueOrDefault(differing.FirstOrDefault() ?? "") ?? ""));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static string FirstDifference(string generated, string current)
    {
        var (g, c) = (generated.Split('\n'), current.Split('\n'));
        var line = Enumerable.Range(0, Math.Max(g.Length, c.Length)).FirstOrDefault(i => g.ElementAtOrDefault(i) != c.ElementAtOrDefault(i));
        return $"Line {line + 1}: generated \"{g.ElementAtOrDefault(line)?.Trim()}\", checked in \"{c.ElementAtOrDefault(line)?.Trim()}\".";
    }

    /// <summary>The files' text; the model id, a new Guid at each generation, is left out.</summary>
    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs").ToDictionary(
            f => Path.GetFileName(f),
            f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: new Guid()"));

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();
}
