using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Resources;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Pages.Resources;

/// <summary>The resources library (guide, parts 2.4 and 4): links for teaching and learning, by publisher and by
/// competence, with the situations that use them.</summary>
[Authorize(Policy = Policies.School)]
public sealed class IndexModel(SillageDb db, ResourceCatalog catalog, SituationAccess situations) : PageModel
{
    public IReadOnlyList<Row> Resources { get; private set; } = [];
    public IReadOnlyList<string> Publishers { get; private set; } = [];
    public IReadOnlyList<FrameworkElements> Frameworks { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlySet<Guid> Editable { get; private set; } = new HashSet<Guid>();

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "editeur")]
    public string? Publisher { get; set; }

    /// <summary>"mc-sno:C3.2".</summary>
    [BindProperty(SupportsGet = true, Name = "competence")]
    public string? Competence { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var readableSituations = (await situations.ReadableAsync()).Select(s => s.Id);
        var rows = await (await catalog.ReadableAsync()).AsNoTracking()
            .OrderBy(r => r.Publisher).ThenBy(r => r.Title)
            .Select(r => new
            {
                r.Id, r.Title, r.Url, r.Publisher, r.Description, r.Source, Shared = r.EstablishmentId == null, r.Audience,
                Competences = r.Competences.Select(c => c.FrameworkCode + ":" + c.ElementCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        var uses = (await db.SituationResources.AsNoTracking().Where(x => readableSituations.Contains(x.SituationId))
                .Join(db.Situations, x => x.SituationId, s => s.Id, (x, s) => new { x.ResourceId, s.Id, s.Title })
                .ToListAsync(cancellationToken))
            .DistinctBy(u => (u.ResourceId, u.Id)).ToLookup(u => u.ResourceId, u => (u.Id, u.Title));
        Frameworks = await catalog.FrameworksAsync(cancellationToken);
        Editable = (await (await catalog.EditableAsync()).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        Total = rows.Count;
        Publishers = rows.Select(r => r.Publisher).OfType<string>().Distinct().Order(StringComparer.CurrentCulture).ToList();
        IReadOnlySet<string>? related = null;
        if (Competence?.Split(':', 2) is [var framework, var code])
        {
            related = Frameworks.FirstOrDefault(f => f.Code == framework)?.Related(code).Select(c => $"{framework}:{c}").ToHashSet();
        }

        var folded = TextFolding.Fold(Query?.Trim());
        Resources = rows
            .Where(r => folded.Length == 0 || TextFolding.Contains(r.Title, folded) || TextFolding.Contains(r.Description, folded) || TextFolding.Contains(r.Publisher, folded))
            .Where(r => string.IsNullOrEmpty(Publisher) || r.Publisher == Publisher)
            .Where(r => related is null || r.Competences.Any(related.Contains))
            .Select(r => new Row(r.Id, r.Title, r.Url, r.Publisher, r.Description, r.Source, r.Shared, r.Audience,
                r.Competences.Order(StringComparer.Ordinal).ToList(), uses[r.Id].OrderBy(s => s.Title, StringComparer.CurrentCulture).ToList()))
            .ToList();
    }

    public sealed record Row(Guid Id, string Title, string? Url, string? Publisher, string? Description, string? Source, bool Shared, ResourceAudience Audience,
        IReadOnlyList<string> Competences, IReadOnlyList<(Guid Id, string Title)> Situations);
}
