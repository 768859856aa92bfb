using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Pdf;

namespace Sillage.Web.Pages.Plan;

/// <summary>Prints a cohort's plan de formation (hours, rules, calendar) to PDF with the page's own markup.</summary>
public sealed class PlanPdfJob(SillageDb db, PlanLoader loader, RazorRenderer razor, PdfRenderer pdf) : IJobHandler
{
    public const string JobKind = "plan-pdf";

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var payload = context.Payload<Payload>();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == payload.CohortId, cancellationToken);
        await context.ReportAsync(20, new Message("Préparation du plan de formation"), cancellationToken);
        var view = await loader.LoadAsync(cohort, canEdit: false, cancellationToken);
        var html = await razor.RenderAsync("/Pages/Plan/Print.cshtml", view, context.Services);
        await context.ReportAsync(50, new Message("Impression du PDF"), cancellationToken);
        var bytes = await pdf.RenderAsync(html, cancellationToken);
        using var stream = new MemoryStream(bytes);
        await context.SaveResultAsync(stream, $"plan-de-formation-{Slug(cohort.Name)}.pdf", "application/pdf", cancellationToken);
    }

    private static string Slug(string name) =>
        new(Sillage.Domain.TextFolding.Fold(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public sealed record Payload(Guid CohortId);
}
