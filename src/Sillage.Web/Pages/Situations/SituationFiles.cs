using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Situations;

/// <summary>A situation in its file form: the export (documents included) and the snapshot kept for each version.</summary>
public sealed class SituationFiles(SillageDb db, IFileStore files, TimeProvider clock)
{
    /// <summary>The situation with everything its file form needs.</summary>
    public Task<Situation?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Situations
            .Include(s => s.Missions).ThenInclude(m => m.Competences)
            .Include(s => s.Resources)
            .Include(s => s.Documents)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <param name="export">True for a file to share (documents' content, no internal ids); false for the version
    /// history (mission ids so that a version can be restored, documents left out).</param>
    public async Task<SituationFile> ToFileAsync(Situation situation, bool export, CancellationToken cancellationToken = default)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == situation.FrameworkId)
            .Select(f => new SituationFileFramework { Code = f.Code, Version = f.Version }).SingleAsync(cancellationToken);
        var elements = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == situation.FrameworkId && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => new { e.Id, e.Code, e.SortOrder })
            .ToDictionaryAsync(e => e.Id, e => (e.Code, e.SortOrder), cancellationToken);
        var resourceIds = situation.Resources.Select(r => r.ResourceId).Distinct().ToList();
        var resources = await db.Resources.AsNoTracking().Where(r => resourceIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new SituationFileResource
            {
                Code = r.Code, Title = r.Title, Url = r.Url, Publisher = r.Publisher, Description = r.Description,
                Audience = r.Audience == ResourceAudience.Everyone ? null : ResourceAudiences.Code(r.Audience),
            }, cancellationToken);
        OrganisationFile? organisation = null;
        if (situation.OrganisationId is { } organisationId)
        {
            var entity = await db.Organisations.AsNoTracking().Include(o => o.Sites).Include(o => o.People)
                .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            organisation = entity is null ? null : OrganisationFile.From(entity);
        }

        Dictionary<Guid, string>? contents = null;
        if (export)
        {
            contents = [];
            foreach (var document in situation.Documents)
            {
                await using var stream = await files.OpenReadAsync(document.FileKey, cancellationToken);
                if (stream is null)
                {
                    continue;
                }

                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory, cancellationToken);
                contents[document.Id] = Convert.ToBase64String(memory.ToArray());
            }
        }

        var file = SituationFileConversion.ToFile(situation, framework, organisation, elements, resources,
            contents is null ? null : d => contents.GetValueOrDefault(d.Id) ?? "", withMissionIds: !export);
        if (contents is not null)
        {
            // A document whose file vanished from the store cannot travel.
            foreach (var list in new[] { file.Documents }.Concat(file.Missions!.Select(m => m.Documents)).OfType<List<SituationFileDocument>>())
            {
                list.RemoveAll(d => d.Content is "");
            }
        }

        return file;
    }

    /// <summary>The current version as a reader is shown it: a learner does not see the resources meant for teachers.</summary>
    public async Task<SituationFile> ToShownFileAsync(Situation situation, bool staff, CancellationToken cancellationToken = default)
    {
        var file = await ToFileAsync(situation, export: false, cancellationToken);
        if (!staff)
        {
            file.RemoveTeacherResources();
        }

        return file;
    }

    /// <summary>Adds the snapshot of the situation's current version (call after <see cref="Situation.Touch"/>,
    /// before saving).</summary>
    /// <param name="summary">What changed, stored as a <see cref="Message"/>: the history shows it in the reader's language.</param>
    public async Task RecordVersionAsync(Situation situation, Message summary, Guid? authorId, CancellationToken cancellationToken = default)
    {
        var file = await ToFileAsync(situation, export: false, cancellationToken);
        db.SituationVersions.Add(new SituationVersion
        {
            SituationId = situation.Id,
            Number = situation.Version,
            Summary = StoredMessage.Write(summary, SituationVersion.SummaryMaxLength),
            Json = SituationFileReader.Write(file),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            AuthorId = authorId,
        });
    }
}
