using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// Moves a running cohort to a newer version of its framework: choose the version, confirm the element each old
/// element in use becomes (proposed by <see cref="ElementMatching"/>), then everything is carried in one transaction
/// (<see cref="CohortFrameworkMove"/>). The page also reports what stays on an earlier version. Référents of the
/// cohort's establishment and administrators.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class CohortVersionModel(SillageDb db, CohortAccess access, CohortFrameworkMove move, IStringLocalizer<Text> l) : PageModel
{
    private LocalizedString Stale => l["Cet écran n'est plus à jour : la promotion a changé de version, ou des positionnements, liens ou grilles ont été enregistrés depuis son ouverture. Rien n'a été modifié : vérifiez les correspondances recalculées ci-dessous et confirmez de nouveau."];

    public Cohort Cohort { get; private set; } = null!;
    public Framework Current { get; private set; } = null!;
    public IReadOnlyList<Framework> Candidates { get; private set; } = [];
    public Framework? Target { get; private set; }
    public IReadOnlyList<MappingRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ElementKind, List<VersionElement>> Options { get; private set; } = new Dictionary<ElementKind, List<VersionElement>>();
    public IReadOnlyList<LeftRow> Left { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, string Version)> Situations { get; private set; } = [];

    /// <summary>Positionnements and other records the current choices leave on the old version.</summary>
    public (int Assessments, int Others) Loss { get; private set; }

    [BindProperty(SupportsGet = true, Name = "version")]
    public Guid? Version { get; set; }

    [BindProperty]
    public Guid From { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    /// <summary>Old element id → new element id, or "" for none.</summary>
    [BindProperty]
    public Dictionary<Guid, string?> Map { get; set; } = [];

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, null) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        // What the screen was computed on; loading the page recomputes both.
        var (from, stamp) = (From, Stamp);
        if (!await LoadAsync(id, null))
        {
            return NotFound();
        }

        if (Target is null)
        {
            // The version sent is no longer newer than the cohort's: it moved meanwhile.
            return await RefuseAsync(id, Stale);
        }

        var mapping = new Dictionary<Guid, Guid?>();
        foreach (var (old, value) in Map)
        {
            if (string.IsNullOrEmpty(value))
            {
                mapping[old] = null;
            }
            else if (Guid.TryParse(value, out var target))
            {
                mapping[old] = target;
            }
            else
            {
                return await RefuseAsync(id, l["Choisissez pour chaque élément un élément de même nature de la nouvelle version, ou « aucun »."]);
            }
        }

        var outcome = await move.MoveAsync(id, from, Target.Id, mapping, stamp, Confirm);
        switch (outcome.Status)
        {
            case CohortFrameworkMove.Status.Done:
                var carried = outcome.Report.Carried.Where(c => c.Value > 0).Select(c => l[ElementUseLabels.Count(c.Key), c.Value].Value).ToList();
                TempData["Message"] = l["Promotion passée à la version {0} : {1} enregistrement(s) reporté(s) ({2}), {3} resté(s) sur la version précédente.",
                    Target.Version, outcome.Report.CarriedTotal, carried.Count == 0 ? "—" : string.Join(", ", carried), outcome.Report.KeptTotal].Value;
                return RedirectToPage(new { id, version = (Guid?)null });
            case CohortFrameworkMove.Status.Stale:
                return await RefuseAsync(id, Stale);
            case CohortFrameworkMove.Status.NeedsConfirmation:
                ModelState.AddModelError(nameof(Confirm), l["{0} positionnement(s) et {1} autre(s) enregistrement(s) resteraient sur la version précédente. Rien n'a été modifié : cochez la confirmation pour changer de version quand même.",
                    outcome.Report.KeptOf(ElementUse.Assessment), outcome.Report.KeptTotal - outcome.Report.KeptOf(ElementUse.Assessment)]);
                await LoadAsync(id, Map);
                return Page();
            default:
                return await RefuseAsync(id, l["Choisissez pour chaque élément un élément de même nature de la nouvelle version, ou « aucun »."]);
        }
    }

    private async Task<IActionResult> RefuseAsync(Guid id, LocalizedString message)
    {
        ModelState.AddModelError("", message);
        await LoadAsync(id, Map);
        return Page();
    }

    /// <param name="chosen">The choices sent back (kept on a refused form), else the proposal.</param>
    private async Task<bool> LoadAsync(Guid id, Dictionary<Guid, string?>? chosen)
    {
        var cohort = await access.ManagedCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && !c.Archived);
        if (cohort is null)
        {
            return false;
        }

        Cohort = cohort;
        Current = await db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == cohort.FrameworkId);
        Candidates = await FrameworkVersions.CandidateVersions(db, Current, cohort.EstablishmentId).AsNoTracking().OrderByDescending(f => f.ImportedAt).ToListAsync();
        Target = Candidates.FirstOrDefault(f => f.Id == Version);
        await LoadLeftAsync();
        if (Target is null)
        {
            return true;
        }

        var oldElements = await FrameworkVersions.ElementsAsync(db, Current.Id);
        var newElements = await FrameworkVersions.ElementsAsync(db, Target.Id);
        var usage = await ElementUsage.ReadAsync(new CohortElementRows(db, id, db.FrameworkElements.Where(e => e.FrameworkId == Current.Id).Select(e => e.Id)));
        var used = oldElements.Where(e => usage.ByElement.ContainsKey(e.Id)).ToList();
        var proposals = ElementMatching.Propose(used, newElements);
        var newIds = newElements.ToDictionary(e => e.Id);
        Rows = used.OrderBy(e => e.Kind).ThenBy(e => e.Code, ElementCodeOrder.Instance).Select(e =>
        {
            var proposal = proposals[e.Id];
            Guid? selected = proposal.NewId;
            if (chosen is not null && chosen.TryGetValue(e.Id, out var value))
            {
                selected = Guid.TryParse(value, out var g) && newIds.TryGetValue(g, out var n) && n.Kind == e.Kind ? g : null;
            }

            return new MappingRow(e, usage.ByElement[e.Id], selected, proposal);
        }).ToList();
        Options = newElements.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Code, ElementCodeOrder.Instance).ToList());
        var lost = Rows.Where(r => r.Selected is null).ToList();
        Loss = (lost.Sum(r => r.Uses.GetValueOrDefault(ElementUse.Assessment)), lost.Sum(r => r.Uses.Values.Sum()) - lost.Sum(r => r.Uses.GetValueOrDefault(ElementUse.Assessment)));
        From = Current.Id;
        Stamp = usage.Stamp;
        ModelState.Remove(nameof(From));
        ModelState.Remove(nameof(Stamp));
        return true;
    }

    /// <summary>The report: records of the cohort still on an earlier version, and the situations given to it that are.</summary>
    private async Task LoadLeftAsync()
    {
        var current = Cohort.FrameworkId;
        var usage = await ElementUsage.ReadAsync(new CohortElementRows(db, Cohort.Id, db.FrameworkElements.Where(e => e.FrameworkId != current).Select(e => e.Id)));
        var ids = usage.ByElement.Keys.ToList();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Join(db.Frameworks, e => e.FrameworkId, f => f.Id, (e, f) => new { e.Id, e.Code, e.Title, f.Version })
            .ToListAsync();
        Left = elements.SelectMany(e => usage.ByElement[e.Id].Select(u => new LeftRow(e.Version, e.Code, e.Title, u.Key, u.Value)))
            .OrderBy(r => r.Version, StringComparer.Ordinal).ThenBy(r => r.Code, ElementCodeOrder.Instance).ThenBy(r => r.Use).ToList();
        var situations = db.SituationAssignments.Where(a => a.CohortId == Cohort.Id).Select(a => a.SituationId);
        Situations = (await db.Situations.AsNoTracking().Where(s => situations.Contains(s.Id) && s.FrameworkId != current)
                .Join(db.Frameworks, s => s.FrameworkId, f => f.Id, (s, f) => new { s.Id, s.Title, f.Version }).ToListAsync())
            .OrderBy(s => s.Title, StringComparer.Ordinal).Select(s => (s.Id, s.Title, s.Version)).ToList();
    }

    public sealed record MappingRow(VersionElement Old, IReadOnlyDictionary<ElementUse, int> Uses, Guid? Selected, ElementMatching.Proposal Proposal);

    public sealed record LeftRow(string Version, string Code, string Title, ElementUse Use, int Count);
}
