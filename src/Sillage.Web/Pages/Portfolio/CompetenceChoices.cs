using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The compétences and compétences détaillées of a framework, in tree order under their bloc.</summary>
public static class CompetenceChoices
{
    public sealed record Element(Guid Id, Guid? ParentId, ElementKind Kind, string Code, string Title);

    public sealed record Block(string Code, string Title, IReadOnlyList<Element> Elements);

    public static async Task<IReadOnlyList<Block>> ForFrameworkAsync(SillageDb db, Guid? frameworkId)
    {
        if (frameworkId is null)
        {
            return [];
        }

        var all = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == frameworkId && (e.Kind == ElementKind.Block || e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .OrderBy(e => e.SortOrder)
            .Select(e => new Element(e.Id, e.ParentId, e.Kind, e.Code, e.Title))
            .ToListAsync();
        var children = all.ToLookup(e => e.ParentId);
        return all.Where(e => e.Kind == ElementKind.Block)
            .Select(b => new Block(b.Code, b.Title, children[b.Id].Where(c => c.Kind == ElementKind.Competence)
                .SelectMany(c => new[] { c }.Concat(children[c.Id].Where(d => d.Kind == ElementKind.DetailedCompetence)))
                .ToList()))
            .ToList();
    }
}
