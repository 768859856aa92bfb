using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Pdf;

namespace Sillage.Web.Pages.Pfmp.Documents;

/// <summary>
/// Builds the convention, the attestation and the bilan of a period from its data, as HTML (the same Razor views
/// for the screen and for print) and as PDF (Chromium), and files the PDF in the learner's PFMP dossier. These are
/// Sillage's own documents: the national models are not reproduced, and no legal clause is written here.
/// </summary>
public sealed class PfmpDocuments(SillageDb db, RazorRenderer razor, PdfRenderer pdf, IFileStore files, IWebHostEnvironment environment,
    TimeProvider clock, IServiceProvider services)
{
    public const string StylesheetPath = "css/pfmp-print.css";

    public async Task<PfmpDocumentModel?> BuildAsync(Guid periodId, PfmpDocumentKind kind)
    {
        var period = await db.PfmpPeriods.AsNoTracking().Include(p => p.Convention).Include(p => p.Targets).Include(p => p.Absences)
            .SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == period.CohortId);
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == cohort.EstablishmentId);
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == cohort.FrameworkId).Select(f => f.Title).SingleAsync();
        var host = await db.HostOrganisations.AsNoTracking().SingleAsync(h => h.Id == period.HostOrganisationId);
        var tutor = period.TutorContactId is { } contactId ? await db.HostContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId) : null;
        var people = await db.Users.AsNoTracking().Where(u => u.Id == period.LearnerId || u.Id == period.ReferentTeacherId)
            .Select(u => new { u.Id, u.FirstName, u.LastName, u.BirthDate, u.Email }).ToListAsync();
        var learner = people.Single(p => p.Id == period.LearnerId);
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == cohort.EstablishmentId && h.Start <= period.End && h.End >= period.Start).ToListAsync();
        var tally = PfmpCounting.Count([period.ToDays(host.Name)], holidays, PfmpAccess.Today(clock));
        var visits = await db.PfmpVisits.AsNoTracking().Where(v => v.PeriodId == periodId).OrderBy(v => v.PlannedOn)
            .Join(db.Users, v => v.TeacherId, u => u.Id, (v, u) => new { v.PlannedOn, v.DoneOn, v.Mode, u.FirstName, u.LastName }).ToListAsync();
        var appraisal = await AppraisalAsync(db, period, cohort.FrameworkId);

        return new PfmpDocumentModel
        {
            Kind = kind,
            GeneratedAt = clock.GetUtcNow().UtcDateTime,
            EstablishmentName = establishment.Name,
            EstablishmentUai = establishment.Uai,
            EstablishmentCity = establishment.City,
            CohortName = cohort.Name,
            SchoolYear = cohort.SchoolYear,
            Diploma = framework,
            LearnerName = $"{learner.FirstName} {learner.LastName}",
            LearnerBirthDate = learner.BirthDate,
            LearnerEmail = learner.Email,
            Host = host,
            Tutor = tutor,
            ReferentTeacherName = people.Where(p => p.Id == period.ReferentTeacherId).Select(p => $"{p.FirstName} {p.LastName}").FirstOrDefault(),
            Period = period,
            Tally = tally.Periods.Single(),
            Holidays = tally.HolidayOverlaps,
            Targets = appraisal,
            Visits = visits.Select(v => new PfmpDocumentModel.VisitLine(v.DoneOn ?? v.PlannedOn, v.Mode, $"{v.FirstName} {v.LastName}", v.DoneOn is not null)).ToList(),
        };
    }

    /// <summary>The targeted competences with the tutor's latest positioning in this period.</summary>
    public static async Task<IReadOnlyList<PfmpDocumentModel.TargetLine>> AppraisalAsync(SillageDb db, PfmpPeriod period, Guid frameworkId)
    {
        var targetIds = period.Targets.Select(t => t.ElementId).ToList();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => targetIds.Contains(e.Id))
            .OrderBy(e => e.SortOrder).Select(e => new { e.Id, e.Code, e.Title }).ToListAsync();
        var events = await db.Assessments.AsNoTracking()
            .Where(a => a.Context == AssessmentContext.Pfmp && a.ContextId == period.Id && a.AssessorRole == AssessorRole.Tutor)
            .Select(a => new { a.ElementId, a.Level, a.Comment, a.RecordedAt, a.Id }).ToListAsync();
        var levels = await db.PositioningLevels.AsNoTracking().Where(l => l.FrameworkId == frameworkId).ToDictionaryAsync(l => l.Rank, l => l.Label);
        return elements.Select(e =>
        {
            var latest = events.Where(a => a.ElementId == e.Id).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault();
            return new PfmpDocumentModel.TargetLine(e.Code, e.Title,
                latest is null ? null : levels.GetValueOrDefault(latest.Level) ?? DefaultScale.LabelOf(latest.Level), latest?.Comment);
        }).ToList();
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
