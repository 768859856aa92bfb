using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>Read models shared by the trace page, the shared view and the dossier list.</summary>
public static class TraceViews
{
    public sealed record Link(Guid Id, Guid TraceId, Guid ElementId, string Code, string Title, string Justification, int? SelfLevel, int SortOrder);

    public static async Task<IReadOnlyList<Link>> LinksAsync(SillageDb db, IReadOnlyCollection<Guid> traceIds)
    {
        var links = new List<Link>();
        await foreach (var link in Links(db, traceIds as List<Guid> ?? [.. traceIds]))
        {
            links.Add(link);
        }

        return links;
    }

    // Every dossier list runs it: compiled once (a fixed shape; the ids are one parameter).
    private static readonly Func<SillageDb, List<Guid>, IAsyncEnumerable<Link>> Links =
        EF.CompileAsyncQuery((SillageDb db, List<Guid> traceIds) => db.TraceCompetenceLinks.AsNoTracking().Where(l => traceIds.Contains(l.TraceId))
            .Join(db.FrameworkElements, l => l.ElementId, e => e.Id, (l, e) => new { l, e })
            .OrderBy(x => x.e.Code)
            .Select(x => new Link(x.l.Id, x.l.TraceId, x.l.ElementId, x.e.Code, x.e.Title, x.l.Justification, x.l.SelfLevel, x.e.SortOrder)));

    /// <summary>A trace's competence links and the savoirs associés it mobilises, in one command (the trace page's budget).</summary>
    public static async Task<(IReadOnlyList<Link> Links, IReadOnlyList<Knowledge> Knowledge)> LinksAndKnowledgeAsync(SillageDb db, Guid traceId)
    {
        var links = db.TraceCompetenceLinks.AsNoTracking().Where(l => l.TraceId == traceId)
            .Join(db.FrameworkElements, l => l.ElementId, e => e.Id, (l, e) => new
            {
                l.Id, l.ElementId, e.Code, e.Title, l.Justification, l.SelfLevel, e.SortOrder, IsKnowledge = false,
            });
        var knowledge = db.TraceKnowledgeLinks.AsNoTracking().Where(k => k.TraceId == traceId)
            .Join(db.FrameworkElements, k => k.ElementId, e => e.Id, (k, e) => new
            {
                k.Id, k.ElementId, e.Code, e.Title, Justification = "", SelfLevel = (int?)null, e.SortOrder, IsKnowledge = true,
            });
        var rows = await links.Concat(knowledge).ToListAsync();
        return (
            rows.Where(r => !r.IsKnowledge).OrderBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new Link(r.Id, traceId, r.ElementId, r.Code, r.Title, r.Justification, r.SelfLevel, r.SortOrder)).ToList(),
            rows.Where(r => r.IsKnowledge).OrderBy(r => r.SortOrder).ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new Knowledge(r.Code, r.Title)).ToList());
    }

    public sealed record Knowledge(string Code, string Title);
}
