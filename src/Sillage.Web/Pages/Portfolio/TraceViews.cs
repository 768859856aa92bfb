using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Read models shared by the trace page, the shared view and the dossier list.</summary>
public static class TraceViews
{
    public sealed record Link(Guid Id, Guid TraceId, Guid ElementId, string Code, string Title, string Justification, int? SelfLevel, int SortOrder);

    public static async Task<IReadOnlyList<Link>> LinksAsync(SillageDb db, IReadOnlyCollection<Guid> traceIds) =>
        await db.TraceCompetenceLinks.AsNoTracking().Where(l => traceIds.Contains(l.TraceId))
            .Join(db.FrameworkElements, l => l.ElementId, e => e.Id, (l, e) => new { l, e })
            .OrderBy(x => x.e.Code)
            .Select(x => new Link(x.l.Id, x.l.TraceId, x.l.ElementId, x.e.Code, x.e.Title, x.l.Justification, x.l.SelfLevel, x.e.SortOrder))
            .ToListAsync();
}
