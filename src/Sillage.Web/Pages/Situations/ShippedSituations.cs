using Sillage.Domain;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Situations;

/// <summary>The situations shipped in data/situations (the five VosRêves situations of the guide, section 3.4),
/// added to the common library at start-up when missing. A file that does not import stops the start: it is
/// part of the product.</summary>
public sealed class ShippedSituations(SituationImporter importer, ILogger<ShippedSituations> logger) : IShippedData
{
    public int Order => 50;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "situations");

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(path, cancellationToken);
            var result = await importer.ImportAsync(json, establishmentId: null, by: null, new Message("Situation fournie avec Sillage (guide d'accompagnement pédagogique)"),
                shipped: true, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{path}: " + string.Join("; ", result.Problems));
            }

            foreach (var situation in result.Situations)
            {
                logger.LogInformation("Added shipped situation {Code}", situation.Code);
            }
        }
    }
}
