using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

[Authorize(Policy = Policies.School)]
public sealed class IndexModel(SillageDb db) : PageModel
{
    public IReadOnlyList<Row> Frameworks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Frameworks = await db.Frameworks.AsNoTracking()
            .OrderBy(f => f.Code).ThenByDescending(f => f.Version)
            .Select(f => new Row(f.Id, f.Code, f.Version, f.Title, f.ShortTitle, f.ImportedAt,
                f.Elements.Count(e => e.Kind == ElementKind.Block),
                f.Elements.Count(e => e.Kind == ElementKind.Competence),
                f.Elements.Count(e => e.Kind == ElementKind.DetailedCompetence),
                db.Cohorts.Where(c => c.FrameworkId == f.Id).Select(c => c.Name).ToList(),
                f.Elements.Any(e => e.Mappings.Any())))
            .ToListAsync();
    }

    public sealed record Row(Guid Id, string Code, string Version, string Title, string? ShortTitle, DateTime ImportedAt,
        int Blocks, int Competences, int DetailedCompetences, List<string> Cohorts, bool HasMappings);
}
