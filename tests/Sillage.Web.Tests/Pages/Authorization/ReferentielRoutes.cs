using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The référentiel editor's resource the authorisation tests reach: a draft of a new version of the shared
/// MC SNO référentiel, started by the establishment's référents ("own").</summary>
public static class ReferentielRoutes
{
    public static async Task<Dictionary<string, Guid>> ArrangeAsync(SillageDb db, Guid establishmentId, DateTime now)
    {
        var source = await db.Frameworks.AsNoTracking().Where(f => f.Code == "mc-sno" && f.EstablishmentId == null).OrderBy(f => f.ImportedAt).FirstAsync();
        var draft = FrameworkDraft.StartFrom(source, new HashSet<string> { source.Version }, establishmentId, null, now);
        db.FrameworkDrafts.Add(draft);
        await db.SaveChangesAsync();
        return new() { ["frameworkdraft:Own"] = draft.Id };
    }
}
