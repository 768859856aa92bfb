using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sillage.Domain;
using Sillage.Domain.Files;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// Imports a situation file (one situation or a bundle) as a whole or not at all. The organisation and the
/// library resources the file carries are matched with those already known (by code, then by name or address)
/// and created when missing; documents go to the file store.
/// </summary>
public sealed class SituationImporter(SillageDb db, SituationFiles situationFiles, IFileStore files, IOptions<StorageOptions> storage, TimeProvider clock)
{
    public sealed record Result(IReadOnlyList<Situation> Situations, IReadOnlyList<SituationProblem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <param name="establishmentId">Where the situations go; null for the common library.</param>
    /// <param name="summary">What the first version says ("Importée depuis un fichier").</param>
    /// <param name="shipped">True for the shipped files: codes are kept and situations already present are skipped.</param>
    public async Task<Result> ImportAsync(string json, Guid? establishmentId, Guid? by, Message summary, bool shipped = false,
        Guid? duplicatedFromId = null, CancellationToken cancellationToken = default)
    {
        var (file, readProblems) = SituationFileReader.Read(json);
        if (file is null)
        {
            return new([], readProblems);
        }

        var frameworks = new Dictionary<string, (Guid Id, Dictionary<string, Guid> Codes)?>();
        foreach (var reference in file.Items.Select(i => i.Framework).OfType<SituationFileFramework>().Where(f => !string.IsNullOrWhiteSpace(f.Code)))
        {
            var key = Key(reference);
            if (!frameworks.ContainsKey(key))
            {
                frameworks[key] = await FrameworkAsync(reference, cancellationToken);
            }
        }

        var options = storage.Value;
        var allowed = options.AllowedExtensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = SituationFileValidator.Validate(file,
            f => frameworks.GetValueOrDefault(Key(f)) is { } found ? found.Codes.Keys.ToHashSet(StringComparer.Ordinal) : null,
            (name, content) => FileCheck.Check(name, content.AsSpan(0, Math.Min(content.Length, 4096)), content.Length, options.MaxUploadBytes, allowed).Error);
        if (problems.Count > 0)
        {
            return new([], problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var present = shipped
            ? await db.Situations.Where(s => s.Code != null).Select(s => s.Code!).ToListAsync(cancellationToken)
            : [];
        var created = new List<Situation>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in file.Items)
        {
            if (shipped && item.Code is not null && present.Contains(item.Code))
            {
                continue;
            }

            var (frameworkId, codes) = frameworks[Key(item.Framework!)]!.Value;
            var situation = new Situation
            {
                Title = item.Title!.Trim(),
                Code = shipped ? item.Code : null,
                EstablishmentId = establishmentId,
                FrameworkId = frameworkId,
                OrganisationId = await OrganisationAsync(item.Organisation, establishmentId, shipped, now, cancellationToken),
                DuplicatedFromId = duplicatedFromId,
                CreatedAt = now,
                CreatedById = by,
                UpdatedAt = now,
                UpdatedById = by,
            };
            var resources = new Dictionary<SituationFileResource, Guid>();
            foreach (var resource in (item.Resources ?? []).Concat((item.Missions ?? []).SelectMany(m => m.Resources ?? [])))
            {
                resources[resource] = await ResourceAsync(resource, establishmentId, shipped, now, cancellationToken);
            }

            foreach (var mission in item.Missions ?? [])
            {
                mission.Id = null;
            }

            SituationFileConversion.Apply(item, situation, codes, r => resources[r], now);
            situation.Resources = situation.Resources.DistinctBy(r => (r.MissionId, r.ResourceId)).ToList();
            var missions = situation.ActiveMissions.ToList();
            await DocumentsAsync(situation, null, item.Documents, by, now, cancellationToken);
            for (var m = 0; m < missions.Count; m++)
            {
                await DocumentsAsync(situation, missions[m].Id, item.Missions![m].Documents, by, now, cancellationToken);
            }

            db.Situations.Add(situation);
            await situationFiles.RecordVersionAsync(situation, summary, by, cancellationToken);
            created.Add(situation);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(created, []);
    }

    private static string Key(SituationFileFramework framework) => $"{framework.Code}|{framework.Version}";

    /// <summary>The named version, or else the latest version of the same framework.</summary>
    private async Task<(Guid, Dictionary<string, Guid>)?> FrameworkAsync(SituationFileFramework reference, CancellationToken cancellationToken)
    {
        var id = await db.Frameworks.Where(f => f.Code == reference.Code)
            .OrderByDescending(f => f.Version == reference.Version).ThenByDescending(f => f.ImportedAt)
            .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        var codes = await db.FrameworkElements.Where(e => e.FrameworkId == id
                && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => new { e.Code, e.Id }).ToListAsync(cancellationToken);
        return (id.Value, codes.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal));
    }

    private async Task<Guid?> OrganisationAsync(OrganisationFile? file, Guid? establishmentId, bool shipped, DateTime now, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        var name = file.Name!.Trim();
        var existing = await db.Organisations
            .Where(o => (file.Code != null && o.Code == file.Code)
                        || (o.Name == name && (o.EstablishmentId == null || o.EstablishmentId == establishmentId)))
            .OrderByDescending(o => o.Code == file.Code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
        existing ??= db.Organisations.Local.FirstOrDefault(o => o.Name == name && o.EstablishmentId == establishmentId)?.Id;
        if (existing is not null)
        {
            return existing;
        }

        var organisation = file.ToOrganisation(now);
        organisation.Name = name;
        organisation.EstablishmentId = establishmentId;
        organisation.Code = shipped ? file.Code : null;
        db.Organisations.Add(organisation);
        return organisation.Id;
    }

    private async Task<Guid> ResourceAsync(SituationFileResource file, Guid? establishmentId, bool shipped, DateTime now, CancellationToken cancellationToken)
    {
        var title = file.Title!.Trim();
        var url = string.IsNullOrWhiteSpace(file.Url) ? null : file.Url.Trim();
        var visible = db.Resources.Where(r => r.EstablishmentId == null || r.EstablishmentId == establishmentId);
        var existing = file.Code is null ? null
            : await db.Resources.Where(r => r.Code == file.Code).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        existing ??= url is not null
            ? await visible.Where(r => r.Url == url).OrderBy(r => r.EstablishmentId != null).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
            : await visible.Where(r => r.Url == null && r.Title == title).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        existing ??= db.Resources.Local.FirstOrDefault(r => (url != null && r.Url == url) || (url == null && r.Url == null && r.Title == title))?.Id;
        if (existing is not null)
        {
            return existing.Value;
        }

        var resource = new Resource
        {
            Code = shipped ? file.Code : null,
            EstablishmentId = establishmentId,
            Title = title,
            Url = url,
            Publisher = file.Publisher?.Trim(),
            Description = file.Description?.Trim(),
            Audience = ResourceAudiences.FromCode(file.Audience) ?? ResourceAudience.Everyone,
            CreatedAt = now,
        };
        db.Resources.Add(resource);
        return resource.Id;
    }

    private async Task DocumentsAsync(Situation situation, Guid? missionId, List<SituationFileDocument>? documents, Guid? by, DateTime now,
        CancellationToken cancellationToken)
    {
        foreach (var document in documents ?? [])
        {
            var content = Convert.FromBase64String(document.Content!);
            var type = FileCheck.Known[FileCheck.Extension(document.FileName)];
            var key = FileKeys.New("situations", now);
            using (var stream = new MemoryStream(content))
            {
                await files.SaveAsync(key, stream, type.ContentType, cancellationToken);
            }

            situation.Documents.Add(new SituationDocument
            {
                SituationId = situation.Id,
                MissionId = missionId,
                Title = document.Title!.Trim(),
                FileName = FileCheck.SafeName(document.FileName),
                ContentType = type.ContentType,
                Size = content.Length,
                FileKey = key,
                UploadedAt = now,
                UploadedById = by,
                SortOrder = situation.Documents.Count,
            });
        }
    }
}
