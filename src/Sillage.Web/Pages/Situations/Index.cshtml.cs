using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>The situations staff can use: the common library (VosRêves…) and their establishment's, with the
/// blocs each works and where it is assigned.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, SituationAccess access) : PageModel
{
    public IReadOnlyList<Row> Situations { get; private set; } = [];
    public IReadOnlyList<string> BlockCodes { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "bloc")]
    public string? Block { get; set; }

    [BindProperty(SupportsGet = true, Name = "origine")]
    public string? Origin { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var readable = await access.ReadableAsync();
        var situations = await readable.AsNoTracking()
            .OrderBy(s => s.EstablishmentId != null).ThenBy(s => s.Title)
            .Select(s => new
            {
                s.Id, s.Title, s.EstablishmentId, s.Version, s.FrameworkId,
                Organisation = db.Organisations.Where(o => o.Id == s.OrganisationId).Select(o => o.Name).SingleOrDefault(),
                Missions = s.Missions.Count(m => m.RemovedAt == null),
            })
            .ToListAsync(cancellationToken);
        var ids = situations.Select(s => s.Id).ToList();
        var links = await db.MissionCompetences.AsNoTracking()
            .Join(db.Missions.Where(m => m.RemovedAt == null && ids.Contains(m.SituationId)), c => c.MissionId, m => m.Id, (c, m) => new { m.SituationId, c.ElementId })
            .ToListAsync(cancellationToken);
        var frameworks = situations.Select(s => s.FrameworkId).Distinct().ToList();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => frameworks.Contains(e.FrameworkId) && e.Kind <= ElementKind.DetailedCompetence)
            .Select(e => new { e.Id, e.ParentId, e.Kind, e.Code, e.SortOrder }).ToDictionaryAsync(e => e.Id, cancellationToken);
        string? BlockOf(Guid id)
        {
            for (var e = elements.GetValueOrDefault(id); e is not null; e = e.ParentId is { } p ? elements.GetValueOrDefault(p) : null)
            {
                if (e.Kind == ElementKind.Block)
                {
                    return e.Code;
                }
            }

            return null;
        }

        var blocks = links.GroupBy(l => l.SituationId).ToDictionary(g => g.Key, g => g.Select(l => BlockOf(l.ElementId)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList());
        var assigned = await access.VisibleAssignments().GroupBy(a => a.SituationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var all = situations.Select(s => new Row(s.Id, s.Title, s.Organisation, s.EstablishmentId is null, s.Version, s.Missions,
            blocks.GetValueOrDefault(s.Id) ?? [], assigned.GetValueOrDefault(s.Id))).ToList();
        Total = all.Count;
        BlockCodes = all.SelectMany(r => r.Blocks).Distinct().Order(StringComparer.Ordinal).ToList();
        var folded = TextFolding.Fold(Query?.Trim());
        Situations = all.Where(r => folded.Length == 0 || TextFolding.Contains(r.Title, folded) || TextFolding.Contains(r.Organisation, folded))
            .Where(r => string.IsNullOrEmpty(Block) || r.Blocks.Contains(Block))
            .Where(r => Origin switch { "commune" => r.Shared, "etablissement" => !r.Shared, _ => true })
            .ToList();
    }

    public sealed record Row(Guid Id, string Title, string? Organisation, bool Shared, int Version, int Missions, IReadOnlyList<string> Blocks, int Assignments);
}
