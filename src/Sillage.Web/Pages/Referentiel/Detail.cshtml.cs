using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>The framework tree with a search that keeps what contains the match and its context.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, CohortAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public FrameworkTree Tree { get; private set; } = null!;
    public IReadOnlySet<Guid>? Visible { get; private set; }
    public IReadOnlySet<Guid> Matches { get; private set; } = new HashSet<Guid>();

    /// <summary>Titles of mapped elements, by framework code then element code.</summary>
    public IReadOnlyDictionary<(string Framework, string Code), string> MappedTitles { get; private set; } =
        new Dictionary<(string, string), string>();

    /// <summary>What a mapping's badges are introduced by: the target framework's short title (its code when it is not imported).</summary>
    public IReadOnlyDictionary<string, string> MappedFrameworkNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Cohorts { get; private set; } = [];

    /// <summary>The version's document, for what the tree does not store (compétences transversales, activités professionnelles).</summary>
    public FrameworkFile? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var tree = await access.VisibleFrameworks().AnyAsync(f => f.Id == id) ? await FrameworkTree.LoadAsync(db, id) : null;
        if (tree is null)
        {
            return NotFound();
        }

        Tree = tree;
        Document = FrameworkFileReader.Read(tree.Framework.SourceJson).File;
        Visible = tree.Search(Query, out var matches);
        Matches = matches;
        Cohorts = await access.VisibleCohorts().AsNoTracking().Where(c => c.FrameworkId == id).Select(c => c.Name).ToListAsync();

        var targets = tree.Nodes.SelectMany(n => n.Mappings).Select(m => m.Framework).Distinct().ToList();
        var titles = new Dictionary<(string, string), string>();
        var names = new Dictionary<string, string>();
        foreach (var target in targets)
        {
            var latest = await db.Frameworks.AsNoTracking().Where(f => f.Code == target)
                .OrderByDescending(f => f.ImportedAt).Select(f => new { f.Id, Name = f.ShortTitle ?? f.Code }).FirstOrDefaultAsync();
            names[target] = latest?.Name ?? target;
            var latestId = latest?.Id;
            var elements = await db.FrameworkElements.AsNoTracking()
                .Where(e => e.FrameworkId == latestId && e.Kind == ElementKind.Competence)
                .Select(e => new { e.Code, e.Title }).ToListAsync();
            foreach (var element in elements)
            {
                titles[(target, element.Code)] = element.Title;
            }
        }

        MappedTitles = titles;
        MappedFrameworkNames = names;
        return Page();
    }

    public bool IsVisible(FrameworkTree.Node node) => Visible is null || Visible.Contains(node.Id);
}
