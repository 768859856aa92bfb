using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

[Authorize(Policy = Policies.School)]
public sealed class IndexModel(CohortAccess access, FrameworkDrafts drafts) : PageModel
{
    public IReadOnlyList<Row> Frameworks { get; private set; } = [];

    /// <summary>The drafts of new versions this user may edit (référents and administrators).</summary>
    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cohorts = access.VisibleCohorts();
        Frameworks = await access.VisibleFrameworks().AsNoTracking()
            .OrderBy(f => f.Code).ThenByDescending(f => f.Version)
            .Select(f => new Row(f.Id, f.Code, f.Version, f.Title, f.ShortTitle, f.ImportedAt,
                f.Elements.Count(e => e.Kind == ElementKind.Block),
                f.Elements.Count(e => e.Kind == ElementKind.Competence),
                f.Elements.Count(e => e.Kind == ElementKind.DetailedCompetence),
                cohorts.Where(c => c.FrameworkId == f.Id).Select(c => c.Name).ToList(),
                f.Elements.Any(e => e.Mappings.Any()),
                f.EstablishmentId != null))
            .ToListAsync(cancellationToken);
        if (User.IsManagement())
        {
            Drafts = (await (await drafts.EditableAsync(cancellationToken)).AsNoTracking().OrderByDescending(d => d.UpdatedAt)
                    .Select(d => new { d.Id, d.Code, d.Json, d.UpdatedAt }).ToListAsync(cancellationToken))
                .Select(d =>
                {
                    var root = FrameworkEdits.Load(d.Json);
                    return new DraftRow(d.Id, d.Code, root["version"]?.ToString() ?? "", root["title"]?.ToString() ?? "", d.UpdatedAt);
                }).ToList();
        }
    }

    public sealed record Row(Guid Id, string Code, string Version, string Title, string? ShortTitle, DateTime ImportedAt,
        int Blocks, int Competences, int DetailedCompetences, List<string> Cohorts, bool HasMappings, bool OwnVersion);

    public sealed record DraftRow(Guid Id, string Code, string Version, string Title, DateTime UpdatedAt);
}
