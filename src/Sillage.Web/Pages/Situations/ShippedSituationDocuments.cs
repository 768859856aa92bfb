using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Files;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// The documents the shipped situations cite (charte graphique, matrice des habilitations…), kept as Markdown in
/// data/situations/documents and listed in its documents.json. Each is added once to its shipped situation of the
/// common library, as a document like any other: what the team then removes, replaces or adds stays so, because the
/// situation remembers which version of the list it received (<see cref="Situation.ShippedDocumentsVersion"/>).
/// </summary>
public sealed class ShippedSituationDocuments(SillageDb db, IFileStore store, TimeProvider clock, ILogger<ShippedSituationDocuments> logger) : IShippedData
{
    public const string ListFileName = "documents.json";

    public int Order => 55;

    public static string Folder => Path.Combine(ShippedSituations.Folder, "documents");

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same files.</summary>
    private const int InstallerVersion = 1;

    /// <summary>The list and the documents it names (every file of the folder).</summary>
    public string Fingerprint() => ShippedFingerprint.OfFiles(InstallerVersion, Folder, "*");

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Folder, ListFileName);
        if (!File.Exists(path))
        {
            return;
        }

        ShippedDocumentList list;
        await using (var stream = File.OpenRead(path))
        {
            list = await JsonSerializer.DeserializeAsync<ShippedDocumentList>(stream, SituationFileReader.Options, cancellationToken)
                   ?? throw new InvalidOperationException($"{path} is empty.");
        }

        var codes = list.Documents.Select(d => d.Situation).Distinct().ToList();
        var situations = await db.Situations.Include(s => s.Documents)
            .Where(s => s.EstablishmentId == null && s.Code != null && codes.Contains(s.Code) && s.ShippedDocumentsVersion < list.Version)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var situation in situations)
        {
            var missions = await ShippedMissionsAsync(situation.Id, cancellationToken);
            foreach (var item in list.Documents.Where(d => d.Situation == situation.Code && d.Since > situation.ShippedDocumentsVersion))
            {
                // Added to the set first: a new row whose id is already set would otherwise be taken for an existing one.
                var document = db.SituationDocuments.Add(await StoreAsync(situation, item, item.Mission is { } n && n >= 1 && n <= missions.Count ? missions[n - 1] : null, now, cancellationToken)).Entity;
                situation.Documents.Add(document);
            }

            situation.ShippedDocumentsVersion = list.Version;
            logger.LogInformation("Added the shipped documents of situation {Code}", situation.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The missions as shipped (version 1 of the situation), by their number in the file; a mission the team
    /// has since removed gives null, and its documents then go to the situation.</summary>
    private async Task<IReadOnlyList<Guid?>> ShippedMissionsAsync(Guid situationId, CancellationToken cancellationToken)
    {
        var json = await db.SituationVersions.Where(v => v.SituationId == situationId).OrderBy(v => v.Number).Select(v => v.Json).FirstOrDefaultAsync(cancellationToken);
        var active = await db.Missions.Where(m => m.SituationId == situationId && m.RemovedAt == null).Select(m => m.Id).ToListAsync(cancellationToken);
        var shipped = json is null ? null : SituationFileReader.Read(json).File?.Missions;
        return (shipped ?? []).Select(m => m.Id is { } id && active.Contains(id) ? id : (Guid?)null).ToList();
    }

    private async Task<SituationDocument> StoreAsync(Situation situation, ShippedDocument item, Guid? missionId, DateTime now, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(item.File);
        var content = await File.ReadAllBytesAsync(Path.Combine(Folder, name), cancellationToken);
        var type = FileCheck.Known[FileCheck.Extension(name)];
        var key = FileKeys.New("situations", now);
        using (var stream = new MemoryStream(content))
        {
            await store.SaveAsync(key, stream, type.ContentType, cancellationToken);
        }

        return new SituationDocument
        {
            SituationId = situation.Id, MissionId = missionId, Title = item.Title, FileName = FileCheck.SafeName(name), ContentType = type.ContentType,
            Size = content.Length, FileKey = key, UploadedAt = now, SortOrder = situation.Documents.Count,
        };
    }
}

/// <summary>data/situations/documents/documents.json: the documents of the shipped situations.</summary>
/// <param name="Version">Raised when documents are added to the list; each entry says from which version it is there.</param>
public sealed record ShippedDocumentList(int Version, IReadOnlyList<ShippedDocument> Documents);

/// <param name="Situation">The shipped situation's code ("vosreves-situation-2").</param>
/// <param name="Mission">The mission's number in the shipped file (1, 2…); none for the situation itself.</param>
/// <param name="File">The Markdown file, in the same folder.</param>
public sealed record ShippedDocument(string Situation, int? Mission, string Title, string File, int Since = 1);
