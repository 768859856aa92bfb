using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>Every version of a situation, who made it and what changed; any version can be read in full and,
/// by those who may edit, restored (which makes a new version).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class HistoryModel(SillageDb db, SituationAccess access, SituationEditor editor, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Situation Situation { get; private set; } = null!;
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public SituationDisplay? Shown { get; private set; }
    public int? ShownNumber { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (version is { } number)
        {
            var json = await db.SituationVersions.AsNoTracking().Where(v => v.SituationId == id && v.Number == number).Select(v => v.Json).SingleOrDefaultAsync(cancellationToken);
            var file = json is null ? null : SituationFileReader.Read(json).File;
            if (file is null)
            {
                return NotFound();
            }

            Shown = SituationDisplay.Build(file, await FrameworkOutline.OfAsync(db, Situation.FrameworkId, cancellationToken));
            ShownNumber = number;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version, int current, CancellationToken cancellationToken)
    {
        var situation = await editor.LoadEditableAsync(id, cancellationToken);
        var json = situation is null ? null
            : await db.SituationVersions.AsNoTracking().Where(v => v.SituationId == id && v.Number == version).Select(v => v.Json).SingleOrDefaultAsync(cancellationToken);
        var file = json is null ? null : SituationFileReader.Read(json).File;
        if (situation is null || file is null)
        {
            return NotFound();
        }

        var elements = await FrameworkOutline.OfAsync(db, situation.FrameworkId, cancellationToken);
        var byCode = elements.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var mission in file.Missions ?? [])
        {
            mission.Competences = mission.Competences?.Where(byCode.ContainsKey).ToList();
        }

        // Resources of the old version are found again by code or address (a deleted one is dropped).
        var visible = await db.Resources.AsNoTracking().Where(r => r.EstablishmentId == null || r.EstablishmentId == situation.EstablishmentId)
            .Select(r => new { r.Id, r.Code, r.Url, r.Title }).ToListAsync(cancellationToken);
        Guid? Find(SituationFileResource r) => visible.FirstOrDefault(v => (r.Code != null && v.Code == r.Code) || (r.Url != null && v.Url == r.Url)
                                                                           || (r.Url == null && v.Url == null && v.Title == r.Title))?.Id;
        file.Resources = file.Resources?.Where(r => Find(r) is not null).ToList();
        foreach (var mission in file.Missions ?? [])
        {
            mission.Resources = mission.Resources?.Where(r => Find(r) is not null).ToList();
        }

        var organisation = situation.OrganisationId;
        SituationFileConversion.Apply(file, situation, byCode, r => Find(r)!.Value, clock.GetUtcNow().UtcDateTime);
        situation.OrganisationId = organisation;
        if (await editor.SaveAsync(situation, current, new Message("Version {0} restaurée", version), cancellationToken) is { } problem)
        {
            TempData["Message"] = l.Format(problem);
            return RedirectToPage(new { id });
        }

        TempData["Message"] = l["Version {0} restaurée : elle devient la version {1}.", version, situation.Version].Value;
        return RedirectToPage("/Situations/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var situation = await (await access.ReadableAsync()).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (situation is null)
        {
            return false;
        }

        Situation = situation;
        CanEdit = await (await access.EditableAsync()).AnyAsync(s => s.Id == id, cancellationToken);
        Versions = await db.SituationVersions.AsNoTracking().Where(v => v.SituationId == id).OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.Summary, v.CreatedAt,
                db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.FirstName + " " + u.LastName).SingleOrDefault()))
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed record VersionRow(int Number, string Summary, DateTime At, string? Author);
}
