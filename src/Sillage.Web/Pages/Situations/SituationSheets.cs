using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Files;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>Prints a situation's sheet (<see cref="SituationSheet"/>) as PDF. A page or two, printed while the user
/// waits, like the partnership report.</summary>
public sealed class SituationSheets(SillageDb db, SituationAccess access, SituationFiles files, RazorRenderer razor, PdfRenderer pdf)
{
    public const string PrintView = "/Pages/Situations/SheetPrint.cshtml";

    /// <summary>The sheet of a situation the user may read; 404 otherwise. The page checks who may have the teacher's.</summary>
    public async Task<IActionResult> PrintAsync(PageModel page, Guid id, bool forTeacher, CancellationToken cancellationToken)
    {
        if (!await (await access.ReadableAsync()).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return page.NotFound();
        }

        var situation = (await files.LoadAsync(id, cancellationToken))!;
        var file = await files.ToShownFileAsync(situation, staff: forTeacher, cancellationToken);
        var display = SituationDisplay.Build(file, await FrameworkOutline.OfAsync(db, situation.FrameworkId, cancellationToken));
        var organisation = situation.OrganisationId is { } o
            ? await db.Organisations.Where(x => x.Id == o).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var framework = await db.Frameworks.Where(f => f.Id == situation.FrameworkId).Select(f => (f.ShortTitle ?? f.Title) + " (" + f.Version + ")")
            .SingleAsync(cancellationToken);
        var documents = situation.Documents.OrderBy(d => d.SortOrder).Select(d => new DocumentLink(d.Id, d.MissionId, d.Title, d.FileName, d.Size)).ToList();
        var assignments = forTeacher ? await AssignmentRow.QueryAsync(db, access.VisibleAssignments(), id, cancellationToken) : [];
        var sheet = new SituationSheet(forTeacher, situation.Title, organisation, framework, file, display.Missions, documents, assignments);
        var html = await razor.RenderAsync(PrintView, sheet, page.HttpContext.RequestServices);
        var name = FileCheck.SafeName($"fiche-{(forTeacher ? "enseignant" : "apprenant")} — {situation.Title}.pdf");
        return page.File(await pdf.RenderAsync(html, cancellationToken), "application/pdf", name);
    }
}
