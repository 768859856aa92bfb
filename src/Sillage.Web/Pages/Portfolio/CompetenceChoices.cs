using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>The compétences and compétences détaillées of a framework, in tree order under their bloc.</summary>
public static class CompetenceChoices
{
    public sealed record Block(string Code, string Title, IReadOnlyList<FrameworkOutline.Element> Elements);

    public static async Task<IReadOnlyList<Block>> ForFrameworkAsync(SillageDb db, Guid? frameworkId)
    {
        if (frameworkId is null)
        {
            return [];
        }

        var all = await FrameworkOutline.OfAsync(db, frameworkId.Value);
        var children = all.ToLookup(e => e.ParentId);
        return all.Where(e => e.Kind == ElementKind.Block)
            .Select(b => new Block(b.Code, b.Title, children[b.Id].Where(c => c.Kind == ElementKind.Competence)
                .SelectMany(c => new[] { c }.Concat(children[c.Id].Where(d => d.Kind == ElementKind.DetailedCompetence)))
                .ToList()))
            .ToList();
    }
}
