using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Organisations;

/// <summary>The fil-rouge organisations shipped in data/organisations (VosRêves from the guide), added to
/// the shared library at start-up when missing.</summary>
public sealed class ShippedOrganisations(SillageDb db, TimeProvider clock, ILogger<ShippedOrganisations> logger) : IShippedData
{
    public int Order => 20;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "organisations");

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same files.</summary>
    private const int InstallerVersion = 1;

    public string Fingerprint() => ShippedFingerprint.OfFiles(InstallerVersion, Folder);

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var present = await db.Organisations.Where(o => o.Code != null).Select(o => o.Code!).ToListAsync(cancellationToken);
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var file = await JsonSerializer.DeserializeAsync<OrganisationFile>(stream, FrameworkFileReader.Options, cancellationToken)
                       ?? throw new InvalidOperationException($"{path} is empty.");
            if (file.Code is null || present.Contains(file.Code))
            {
                continue;
            }

            db.Organisations.Add(file.ToOrganisation(clock.GetUtcNow().UtcDateTime));
            logger.LogInformation("Added shipped organisation {Code}", file.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
