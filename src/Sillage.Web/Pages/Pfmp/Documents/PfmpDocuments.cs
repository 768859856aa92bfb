using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Pfmp.Documents;

/// <summary>
/// Builds the convention, the attestation and the bilan of a period from its data, as HTML (the same Razor views
/// for the screen and for print) and as PDF (Chromium), and files the PDF in the learner's PFMP dossier. These are
/// Sillage's own documents: the national models are not reproduced, and no legal clause is written here.
/// </summary>
public sealed class PfmpDocuments(SillageDb db, RazorRenderer razor, PdfRenderer pdf, IFileStore files, IWebHostEnvironment environment,
    SchoolClock clock, IServiceProvider services)
{
    public const string StylesheetPath = "css/pfmp-print.css";

    public async Task<PfmpDocumentModel?> BuildAsync(Guid periodId, PfmpDocumentKind kind)
    {
        var view = await PeriodView.LoadAsync(db, db.PfmpPeriods, periodId, clock.Today);
        if (view is null)
        {
            return null;
        }

        var period = view.Period;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == period.CohortId).Select(c => new { c.SchoolYear, c.FrameworkId }).SingleAsync();
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == view.EstablishmentId);
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == cohort.FrameworkId).Select(f => f.Title).SingleAsync();
        var learner = await db.Users.AsNoTracking().Where(u => u.Id == period.LearnerId).Select(u => new { u.BirthDate, u.Email }).SingleAsync();
        var visits = await db.PfmpVisits.AsNoTracking().Where(v => v.PeriodId == periodId).OrderBy(v => v.PlannedOn)
            .Join(db.Users, v => v.TeacherId, u => u.Id, (v, u) => new { v.PlannedOn, v.DoneOn, v.Mode, u.FirstName, u.LastName }).ToListAsync();
        return new PfmpDocumentModel
        {
            Kind = kind,
            GeneratedAt = clock.GetUtcNow().UtcDateTime,
            EstablishmentName = establishment.Name,
            EstablishmentUai = establishment.Uai,
            EstablishmentCity = establishment.City,
            CohortName = view.CohortName,
            SchoolYear = cohort.SchoolYear,
            Diploma = framework,
            LearnerName = view.LearnerName,
            LearnerBirthDate = learner.BirthDate,
            LearnerEmail = learner.Email,
            View = view,
            Visits = visits.Select(v => new PfmpDocumentModel.VisitLine(v.DoneOn ?? v.PlannedOn, v.Mode, $"{v.FirstName} {v.LastName}", v.DoneOn is not null)).ToList(),
        };
    }

    public async Task<string> RenderHtmlAsync(PfmpDocumentModel model, bool forPdf)
    {
        if (forPdf)
        {
            var file = environment.WebRootFileProvider.GetFileInfo(StylesheetPath);
            await using var stream = file.CreateReadStream();
            using var reader = new StreamReader(stream);
            model.InlineCss = await reader.ReadToEndAsync();
        }

        return await razor.RenderAsync($"/Pages/Pfmp/Documents/{model.Kind}.cshtml", model, services);
    }

    /// <summary>Prints the document to PDF and files it in the learner's PFMP dossier.</summary>
    public async Task<PfmpDocument> GenerateAsync(Guid periodId, PfmpDocumentKind kind, Guid? requestedBy, CancellationToken cancellationToken = default)
    {
        var model = await BuildAsync(periodId, kind) ?? throw new InvalidOperationException($"PFMP period {periodId} not found.");
        var bytes = await pdf.RenderAsync(await RenderHtmlAsync(model, forPdf: true), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = FileKeys.New($"pfmp/{model.Period.LearnerId:N}", now);
        await using (var content = new MemoryStream(bytes))
        {
            await files.SaveAsync(key, content, "application/pdf", cancellationToken);
        }

        var document = new PfmpDocument
        {
            PeriodId = periodId,
            LearnerId = model.Period.LearnerId,
            Kind = kind,
            FileKey = key,
            FileName = model.FileName,
            ContentType = "application/pdf",
            Size = bytes.Length,
            CreatedById = requestedBy,
            CreatedAt = now,
        };
        db.PfmpDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }
}
