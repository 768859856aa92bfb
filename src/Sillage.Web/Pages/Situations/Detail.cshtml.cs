using System.ComponentModel.DataAnnotations;
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
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>A situation as the guide presents one: context, intention, modalities and its missions with their
/// competences, conditions, productions and criteria. Staff also see its assignments and act on it.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, SituationAccess access, SituationFiles files, SituationEditor editor, DocumentShelf shelf,
    SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public Situation Situation { get; private set; } = null!;
    public SituationDisplay Display { get; private set; } = null!;
    public IReadOnlyList<DocumentLink> Documents { get; private set; } = [];
    public string? Organisation { get; private set; }
    public string Framework { get; private set; } = "";
    public (Guid Id, string Title)? DuplicatedFrom { get; private set; }
    public bool CanEdit { get; private set; }
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    [Display(Name = "Titre du document")]
    public string? DocumentTitle { get; set; }

    [BindProperty]
    [Display(Name = "Rattaché à")]
    public Guid? DocumentMissionId { get; set; }

    [BindProperty]
    [Display(Name = "Fichier")]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDuplicateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsStaff() || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.DuplicateAsync(Situation, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddMessage(l, "", new Message("La copie a échoué : {0}", string.Join(" ; ", result.Problems.Select(p => l.Format(p.WithPath())))));
            return Page();
        }

        TempData["Message"] = l["Copie créée dans votre établissement : vous pouvez l'adapter."].Value;
        return RedirectToPage(new { id = result.Situations[0].Id });
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        if (DocumentMissionId is { } mission && Display.Missions.All(m => m.Mission.Id != mission))
        {
            return NotFound();
        }

        var order = await db.SituationDocuments.CountAsync(d => d.SituationId == id, cancellationToken);
        return await shelf.AddAsync(this, DocumentTitle, Upload, "situations", d => new SituationDocument
        {
            SituationId = id, MissionId = DocumentMissionId, Title = d.Title, FileName = d.File.FileName, ContentType = d.File.ContentType,
            Size = d.File.Size, FileKey = d.File.Key, UploadedAt = d.At, UploadedById = User.UserId(), SortOrder = order,
        }, "situation.document-added", id, cancellationToken) ? RedirectToPage(new { id }) : Page();
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        return await shelf.RemoveAsync(this, db.SituationDocuments.Where(d => d.Id == documentId && d.SituationId == id), "situation.document-removed", id,
            cancellationToken) ? RedirectToPage(new { id }) : NotFound();
    }

    /// <summary>Moves a mission up (-1) or down (+1), or removes it (0): each is a new version.</summary>
    public async Task<IActionResult> OnPostMissionAsync(Guid id, Guid missionId, int move, int version, CancellationToken cancellationToken)
    {
        var situation = await editor.LoadEditableAsync(id, cancellationToken);
        var missions = situation?.ActiveMissions.ToList() ?? [];
        var index = missions.FindIndex(m => m.Id == missionId);
        if (situation is null || index < 0)
        {
            return NotFound();
        }

        Message summary;
        if (move == 0)
        {
            missions[index].RemovedAt = clock.GetUtcNow().UtcDateTime;
            summary = new Message("Mission {0} retirée", index + 1);
        }
        else
        {
            var other = index + Math.Sign(move);
            if (other < 0 || other >= missions.Count)
            {
                return RedirectToPage(new { id });
            }

            (missions[index].SortOrder, missions[other].SortOrder) = (missions[other].SortOrder, missions[index].SortOrder);
            summary = new Message("Mission {0} déplacée en position {1}", index + 1, other + 1);
        }

        if (await editor.SaveAsync(situation, version, summary, cancellationToken) is { } problem)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.AddMessage(l, "", problem);
            return Page();
        }

        TempData["Message"] = l[move == 0 ? "Mission retirée (elle reste dans l'historique des versions)." : "Ordre des missions modifié."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await (await access.ReadableAsync()).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return false;
        }

        Today = clock.Today;
        Situation = (await files.LoadAsync(id, cancellationToken))!;
        Display = SituationDisplay.Build(await files.ToShownFileAsync(Situation, User.IsStaff(), cancellationToken),
            await FrameworkOutline.OfAsync(db, Situation.FrameworkId, cancellationToken));
        Documents = Situation.Documents.OrderBy(d => d.SortOrder).Select(d => new DocumentLink(d.Id, d.MissionId, d.Title, d.FileName, d.Size)).ToList();
        Organisation = Situation.OrganisationId is { } o ? await db.Organisations.Where(x => x.Id == o).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        Framework = await db.Frameworks.Where(f => f.Id == Situation.FrameworkId).Select(f => (f.ShortTitle ?? f.Title) + " (" + f.Version + ")").SingleAsync(cancellationToken);
        if (Situation.DuplicatedFromId is { } from)
        {
            var source = await (await access.ReadableAsync()).Where(s => s.Id == from).Select(s => new { s.Id, s.Title }).SingleOrDefaultAsync(cancellationToken);
            DuplicatedFrom = source is null ? null : (source.Id, source.Title);
        }

        CanEdit = await (await access.EditableAsync()).AnyAsync(s => s.Id == id, cancellationToken);
        Assignments = await AssignmentRow.QueryAsync(db, User.IsStaff() ? access.VisibleAssignments() : access.AssignedLearners()
            .Where(a => a.LearnerId == User.UserId()).Join(db.SituationAssignments, a => a.AssignmentId, s => s.Id, (a, s) => s), id, cancellationToken);
        return true;
    }
}
