using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Certification.Ccf.Record;

/// <summary>The PDF of a candidate's CCF record (<c>Record/Print.cshtml</c>): the épreuves' marks, the jury's
/// decision and every frozen grid with its lines and signatures, printed by headless Chromium like the snapshots.</summary>
public sealed class CcfRecordPdf(SillageDb db, RazorRenderer razor, PdfRenderer pdf, IServiceProvider services)
{
    public const string ViewPath = "/Pages/Certification/Ccf/Record/Print.cshtml";

    public async Task<byte[]> RenderAsync(CcfGrading.LearnerRecord record, CancellationToken cancellationToken = default)
    {
        var print = await PrintAsync(record, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var html = await razor.RenderAsync(ViewPath, print, scope.ServiceProvider);
        return await pdf.RenderAsync(html, tagged: true, cancellationToken);
    }

    /// <summary>What the record shows besides the marks: its frozen grids with their lines, the elements' names, the
    /// signatories and the scale's labels (the PDF and the jury's link space read the same).</summary>
    public async Task<RecordPrint> PrintAsync(CcfGrading.LearnerRecord record, CancellationToken cancellationToken = default)
    {
        var gridIds = record.Exams.SelectMany(e => e.Situations).Where(s => s.Grid is not null).Select(s => s.Grid!.Id).ToList();
        var grids = await db.CcfGrids.AsNoTracking().Include(g => g.Lines).Include(g => g.Signatures).Where(g => gridIds.Contains(g.Id)).ToListAsync(cancellationToken);
        var elementIds = grids.SelectMany(g => g.Lines).Select(l => l.ElementId).Distinct().ToList();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => elementIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => $"{e.Code} — {e.Title}", cancellationToken);
        var people = grids.SelectMany(g => g.Signatures).Select(s => s.EvaluatorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName, cancellationToken);
        var frameworkId = await db.Cohorts.Where(c => c.Id == record.CohortId).Select(c => c.FrameworkId).SingleAsync(cancellationToken);
        var scale = (await CohortSuivi.LoadScaleAsync(db, frameworkId, cancellationToken)).ToDictionary(l => l.Rank, l => l.Label);
        return new RecordPrint(record, grids.ToDictionary(g => g.Id), elements, names, scale);
    }
}

public sealed record RecordPrint(CcfGrading.LearnerRecord Record, IReadOnlyDictionary<Guid, CcfGrid> Grids, IReadOnlyDictionary<Guid, string> Elements,
    IReadOnlyDictionary<Guid, string> Names, IReadOnlyDictionary<int, string> Scale);
