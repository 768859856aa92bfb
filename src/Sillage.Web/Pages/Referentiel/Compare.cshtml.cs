using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>What changed between two versions of a référentiel, bloc by bloc, with the old and new texts.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CompareModel(SillageDb db, CohortAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "de")]
    public Guid? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "a")]
    public Guid? To { get; set; }

    public IReadOnlyList<Framework> Versions { get; private set; } = [];
    public Framework? Old { get; private set; }
    public Framework? New { get; private set; }
    public FrameworkDiff? Diff { get; private set; }

    /// <summary>Bloc titles by code, the new version's first.</summary>
    public IReadOnlyDictionary<string, string> BlockTitles { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        Versions = await access.VisibleFrameworks().AsNoTracking().OrderBy(f => f.Code).ThenByDescending(f => f.ImportedAt).ToListAsync();
        if (From is null || To is null)
        {
            // The page opens on a version: propose the next one of the same framework to compare with.
            if (From is { } from && Versions.FirstOrDefault(f => f.Id == from) is { } start)
            {
                To = Versions.Where(f => f.Code == start.Code && f.ImportedAt > start.ImportedAt).MinBy(f => f.ImportedAt)?.Id;
            }

            return Page();
        }

        Old = Versions.FirstOrDefault(f => f.Id == From);
        New = Versions.FirstOrDefault(f => f.Id == To);
        if (Old is null || New is null)
        {
            return NotFound();
        }

        var oldElements = await FrameworkVersions.ElementsAsync(db, Old.Id);
        var newElements = await FrameworkVersions.ElementsAsync(db, New.Id);
        Diff = FrameworkDiff.Compare(oldElements, newElements, await FrameworkVersions.LevelsAsync(db, Old.Id), await FrameworkVersions.LevelsAsync(db, New.Id));
        BlockTitles = newElements.Concat(oldElements).Where(e => e.Kind == ElementKind.Block)
            .GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First().Title);
        return Page();
    }
}
