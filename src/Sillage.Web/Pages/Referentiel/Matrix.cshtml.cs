using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>The correspondence matrix between a framework and one it maps to (MC SNO × CRCN, guide 3.5).</summary>
[Authorize(Policy = Policies.School)]
public sealed class MatrixModel(SillageDb db, CohortAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cible")]
    public string? Target { get; set; }

    public FrameworkTree Source { get; private set; } = null!;
    public FrameworkTree? TargetTree { get; private set; }
    public IReadOnlyList<string> Targets { get; private set; } = [];

    /// <summary>A learner's own Pix results, shown under the CRCN's columns; null for staff and other targets.</summary>
    public Sillage.Web.Pages.Projet.PixView? Pix { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var source = await access.VisibleFrameworks().AnyAsync(f => f.Id == id) ? await FrameworkTree.LoadAsync(db, id) : null;
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        Targets = source.Nodes.SelectMany(n => n.Mappings).Select(m => m.Framework).Distinct().Order().ToList();
        Target = Targets.Contains(Target ?? "") ? Target : Targets.FirstOrDefault();
        if (Target is not null)
        {
            var targetId = await access.VisibleFrameworks().AsNoTracking().Where(f => f.Code == Target)
                .OrderByDescending(f => f.ImportedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();
            TargetTree = targetId is { } t ? await FrameworkTree.LoadAsync(db, t) : null;
        }

        if (Target == "crcn" && User.IsInRole(Roles.Learner))
        {
            Pix = await Sillage.Web.Pages.Projet.PixView.LoadAsync(db, User.UserId());
        }

        return Page();
    }

    public IEnumerable<FrameworkTree.Node> SourceRows => Source.OfKind(ElementKind.Competence);

    public IEnumerable<FrameworkTree.Node> TargetColumns => TargetTree?.OfKind(ElementKind.Competence) ?? [];

    public bool IsMapped(FrameworkTree.Node row, FrameworkTree.Node column) =>
        row.Mappings.Any(m => m.Framework == Target && m.Code == column.Code)
        || Source.Children(row).Any(d => d.Kind == ElementKind.DetailedCompetence && d.Mappings.Any(m => m.Framework == Target && m.Code == column.Code));
}
