using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Partners;

/// <summary>The annual partnership report of the establishment, on screen, as CSV and as PDF. A page or two: printed
/// while the user waits, like the CCF convocations.</summary>
[Authorize(Policy = PartnershipAccess.ReportPolicy)]
public sealed class ReportModel(SillageDb db, PartnershipAccess access, RazorRenderer razor, PdfRenderer pdf, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const string PrintView = "/Pages/Partners/ReportPrint.cshtml";

    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public Guid? Establishment { get; set; }

    public PartnershipReport? Report { get; private set; }
    public IReadOnlyList<string> Years { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Establishments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) is { } report ? File(report.Csv(l), "text/csv; charset=utf-8", $"bilan-partenariats-{report.Year}.csv") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } report)
        {
            return NotFound();
        }

        var html = await razor.RenderAsync(PrintView, report, HttpContext.RequestServices);
        return File(await pdf.RenderAsync(html, ct), "application/pdf", $"bilan-partenariats-{report.Year}.pdf");
    }

    private async Task<PartnershipReport?> LoadAsync(CancellationToken ct)
    {
        var current = PartnershipRules.SchoolYearOf(clock.Today);
        if (PartnershipRules.YearBounds(Year) is null)
        {
            Year = current;
        }

        var start = int.Parse(current[..4], System.Globalization.CultureInfo.InvariantCulture);
        Years = Enumerable.Range(0, 6).Select(i => $"{start - i}-{start + 1 - i}").ToList();
        if (User.IsInRole(Infrastructure.Auth.Roles.Admin))
        {
            Establishments = (await db.Establishments.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(ct))
                .Select(e => (e.Id, e.Name)).ToList();
        }

        if (await access.EstablishmentAsync(Establishment) is not { } establishment)
        {
            ModelState.AddModelError(string.Empty, l["Choisissez l'établissement du bilan."]);
            return null;
        }

        Establishment = establishment;
        Report = await PartnershipReport.LoadAsync(db, establishment, Year!, ct);
        return Report;
    }
}
