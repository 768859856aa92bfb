using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Situations;

/// <summary>The situations shipped in data/situations (the five VosRêves situations of the guide, section 3.4),
/// added to the common library at start-up when missing. A file that does not import stops the start: it is
/// part of the product.</summary>
public sealed class ShippedSituations(SillageDb db, SituationImporter importer, SituationFiles files, TimeProvider clock, ILogger<ShippedSituations> logger) : IShippedData
{
    public int Order => 50;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "situations");

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same files.</summary>
    private const int InstallerVersion = 1;

    public string Fingerprint() => ShippedFingerprint.OfFiles(InstallerVersion, Folder);

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

            await CompleteTextsAsync(SituationFileReader.Read(json).File!, cancellationToken);
        }
    }

    /// <summary>A shipped situation nobody has changed since it was installed (still version 1) receives the texts a
    /// newer file gives (intention, restitution, English resources), as a new version; a changed one is left alone.</summary>
    private async Task CompleteTextsAsync(SituationFile file, CancellationToken cancellationToken)
    {
        var items = file.Items.Where(i => i.Code is not null).ToDictionary(i => i.Code!, StringComparer.Ordinal);
        var codes = items.Keys.ToList();
        var pristine = await db.Situations.Where(s => s.EstablishmentId == null && s.Version == 1 && s.Code != null && codes.Contains(s.Code))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in pristine)
        {
            var situation = (await files.LoadAsync(id, cancellationToken))!;
            var item = items[situation.Code!];
            var (intention, restitution, english) = (Blank(item.Intention), Blank(item.Restitution), Blank(item.EnglishResources));
            if ((situation.Intention, situation.Restitution, situation.EnglishResources) == (intention, restitution, english))
            {
                continue;
            }

            (situation.Intention, situation.Restitution, situation.EnglishResources) = (intention, restitution, english);
            situation.Touch(null, clock.GetUtcNow().UtcDateTime);
            await files.RecordVersionAsync(situation, new Message("Intention pédagogique et restitution complétées (situation fournie avec Sillage)"), null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Completed the texts of shipped situation {Code}", situation.Code);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
