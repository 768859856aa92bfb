using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// The one way situations change: load an editable situation, change it, then <see cref="SaveAsync"/> — which
/// refuses a form built on an older version (someone saved in between), makes the change a new version and keeps
/// its snapshot in the history.
/// </summary>
public sealed class SituationEditor(SillageDb db, SituationAccess access, SituationFiles files, SituationImporter importer,
    TimeProvider clock, IHttpContextAccessor http)
{
    private Guid UserId => http.HttpContext!.User.UserId();

    /// <summary>The situation with its missions, resources and documents, tracked; null when this user may not change it.</summary>
    public async Task<Situation?> LoadEditableAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var editable = await access.EditableAsync();
        return await editable.AnyAsync(s => s.Id == id, cancellationToken) ? await files.LoadAsync(id, cancellationToken) : null;
    }

    /// <returns>Null when saved; otherwise the French reason it was not.</returns>
    public async Task<Message?> SaveAsync(Situation situation, int formVersion, Message summary, CancellationToken cancellationToken = default)
    {
        if (formVersion != situation.Version)
        {
            return Conflict(situation.Version);
        }

        situation.Touch(UserId, clock.GetUtcNow().UtcDateTime);
        await files.RecordVersionAsync(situation, summary, UserId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(null);
        }
    }

    /// <summary>A copy of the situation (missions, resources, documents) in the user's establishment, version 1.</summary>
    public async Task<SituationImporter.Result> DuplicateAsync(Situation source, CancellationToken cancellationToken = default)
    {
        var file = await files.ToFileAsync(source, export: true, cancellationToken);
        var title = $"{source.Title} (copie)";
        file.Title = title.Length <= Situation.MaxTitleLength ? title : source.Title;
        file.Source = source.Source;
        return await importer.ImportAsync(SituationFileReader.Write(file), await access.HomeAsync(), UserId,
            new Message("Copie de « {0} » (version {1})", source.Title, source.Version), duplicatedFromId: source.Id, cancellationToken: cancellationToken);
    }

    private static Message Conflict(int? current) => current is { } version
        ? new Message("La situation a été modifiée par quelqu'un d'autre entre-temps (elle est maintenant en version {0}) : rechargez la page pour repartir de sa dernière version.", version)
        : new Message("La situation a été modifiée par quelqu'un d'autre entre-temps : rechargez la page pour repartir de sa dernière version.");
}
