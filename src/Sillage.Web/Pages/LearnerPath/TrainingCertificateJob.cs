using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.LearnerPath;

/// <summary>Prints an adult learner's certificate of training (attestation de formation): the hours followed, from the
/// registers of the cahier de textes and the company time done, as of the day it is made.</summary>
public sealed class TrainingCertificateJob(SillageDb db, RazorRenderer razor, PdfRenderer pdf, SchoolClock clock) : IJobHandler
{
    public const string JobKind = "training-certificate";

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var payload = context.Payload<Payload>();
        await context.ReportAsync(20, new Message("Calcul des heures suivies"), cancellationToken);
        var today = clock.Today;
        var learner = await db.Users.AsNoTracking().Where(u => u.Id == payload.LearnerId).Select(u => new { u.FirstName, u.LastName, u.BirthDate }).SingleAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == payload.CohortId)
            .Select(c => new { c.Name, c.SchoolYear, Establishment = db.Establishments.Where(e => e.Id == c.EstablishmentId).Select(e => new { e.Name, e.Uai, e.City }).Single() })
            .SingleAsync(cancellationToken);
        var profile = await db.LearnerProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.LearnerId == payload.LearnerId, cancellationToken);
        var tally = await LearnerPfmp.TallyAsync(db, payload.LearnerId, today, cancellationToken);
        var hours = await IndexModel.TrainingHoursAsync(db, payload.LearnerId, payload.CohortId, profile?.PlannedHours, tally, today, cancellationToken);
        var model = new CertificateView($"{learner.FirstName} {learner.LastName}", learner.BirthDate, cohort.Name, cohort.SchoolYear, cohort.Establishment.Name,
            cohort.Establishment.Uai, cohort.Establishment.City, profile?.Funder, hours, today);
        var html = await razor.RenderAsync("/Pages/LearnerPath/Certificate.cshtml", model, context.Services);
        await context.ReportAsync(60, new Message("Impression du PDF"), cancellationToken);
        var bytes = await pdf.RenderAsync(html, cancellationToken);
        using var stream = new MemoryStream(bytes);
        await context.SaveResultAsync(stream, $"attestation-de-formation-{Slug(learner.LastName)}.pdf", "application/pdf", cancellationToken);
    }

    private static string Slug(string name) =>
        new(TextFolding.Fold(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public sealed record Payload(Guid LearnerId, Guid CohortId);
}

/// <summary>What the certificate of training prints.</summary>
public sealed record CertificateView(string LearnerName, DateOnly? BirthDate, string Cohort, string SchoolYear, string Establishment, string Uai, string? City,
    string? Funder, TrainingRecord Hours, DateOnly Day);
