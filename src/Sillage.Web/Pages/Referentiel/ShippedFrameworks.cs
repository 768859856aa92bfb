using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>The frameworks shipped in data/frameworks (copied next to the app): imported at start-up when the
/// database does not have their version yet, the ones others map to first.</summary>
public sealed class ShippedFrameworks(SillageDb db, FrameworkImporter importer, IWebHostEnvironment environment, ILogger<ShippedFrameworks> logger) : IShippedData
{
    public int Order => 10;

    public string Folder => Path.Combine(AppContext.BaseDirectory, "frameworks");

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same files.</summary>
    private const int InstallerVersion = 1;

    public string Fingerprint() => ShippedFingerprint.OfFiles(InstallerVersion, Folder);

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            logger.LogWarning("Shipped frameworks folder {Folder} not found ({Environment})", Folder, environment.EnvironmentName);
            return;
        }

        var files = new List<(string Path, string Json, string Code, string Version, HashSet<string> Targets)>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(path, cancellationToken);
            var file = JsonSerializer.Deserialize<FrameworkFile>(json, FrameworkFileReader.Options)!;
            var targets = (file.Blocks ?? []).SelectMany(b => b.Competences ?? [])
                .SelectMany(c => (c.Mappings ?? []).Concat((c.DetailedCompetences ?? []).SelectMany(d => d.Mappings ?? [])))
                .Select(m => m.Framework!).ToHashSet();
            files.Add((path, json, file.Code!, file.Version!, targets));
        }

        var present = (await db.Frameworks.AsNoTracking().Select(f => new { f.Code, f.Version }).ToListAsync(cancellationToken))
            .Select(f => (f.Code, f.Version)).ToHashSet();
        // Frameworks nobody maps to come first, so that mapped codes are known when their users are validated.
        foreach (var shipped in files.OrderBy(f => f.Targets.Count))
        {
            if (present.Contains((shipped.Code, shipped.Version)))
            {
                continue;
            }

            var result = await importer.ImportAsync(shipped.Json, null, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Shipped framework {shipped.Path} is invalid: {string.Join("; ", result.Problems)}");
            }

            logger.LogInformation("Imported shipped framework {Code} {Version}", shipped.Code, shipped.Version);
        }
    }
}
