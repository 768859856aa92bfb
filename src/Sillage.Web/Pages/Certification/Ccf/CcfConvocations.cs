using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The convocations of a sitting: one sheet per candidate (date, start and end time with their extra time, place,
/// situation, duration and parts, accommodations) printed to PDF, and "send" — an in-app notification and an
/// outbox e-mail per candidate, recorded in <see cref="CcfCandidate.ConvokedAt"/>. A candidate convened before
/// gets a convocation that says it replaces the previous one. Like the PFMP documents, the sheet is written in French.
/// </summary>
public sealed class CcfConvocations(SillageDb db, CcfPlans plans, RazorRenderer razor, PdfRenderer pdf, IWebHostEnvironment environment,
    EmailOutbox outbox, PublicAddress address, SchoolClock clock, AuditLog audit, IServiceProvider services)
{
    public const string ViewPath = "/Pages/Certification/Ccf/Print/Convocation.cshtml";
    public const string LearnerPage = "/certification/ccf/mes-epreuves";

    public async Task<IReadOnlyList<CcfConvocationSheet>> SheetsAsync(CcfSitting sitting, IEnumerable<CcfCandidate> candidates)
    {
        var plan = await plans.ForCohortAsync(sitting.CohortId);
        var situation = plan.Situation(sitting.SituationCode);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == sitting.CohortId)
            .Join(db.Establishments, c => c.EstablishmentId, e => e.Id, (c, e) => new { c.Name, Establishment = e.Name, e.City }).SingleAsync();
        var list = candidates.ToList();
        var ids = list.Select(c => c.LearnerId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        return list.Select(c => new CcfConvocationSheet(
            cohort.Establishment, cohort.City, cohort.Name, names.GetValueOrDefault(c.LearnerId, "?"),
            situation?.Exam.Code ?? sitting.ExamCode, situation?.Exam.Title ?? "", sitting.SituationCode, situation?.Situation.Title ?? "",
            clock.ToSchoolTime(sitting.StartsAt), clock.ToSchoolTime(sitting.EndsAtFor(c)), sitting.DurationMinutes, c.ExtraMinutes(sitting.DurationMinutes),
            sitting.Remote, sitting.Room, (situation?.Situation.Parts ?? []).Select(p => $"{p.Title} : {(p.AtMost ? "au plus " : "")}{p.Minutes} min").ToList(),
            c.ExtraTimePercent, c.Accommodation, sitting.Note, c.ConvokedAt is not null)).ToList();
    }

    public async Task<byte[]> PdfAsync(IReadOnlyList<CcfConvocationSheet> sheets, CancellationToken cancellationToken = default)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(Pfmp.Documents.PfmpDocuments.StylesheetPath);
        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        var html = await razor.RenderAsync(ViewPath, new CcfConvocationPrint(sheets, await reader.ReadToEndAsync(cancellationToken)), services);
        return await pdf.RenderAsync(html, cancellationToken);
    }

    /// <summary>Sends the convocation to every candidate still convened; added to the caller's unit of work.</summary>
    /// <returns>How many were sent.</returns>
    public async Task<int> SendAsync(CcfSitting sitting)
    {
        var convened = sitting.Candidates.Where(c => c.Attendance == CcfAttendance.Convened).ToList();
        var sheets = await SheetsAsync(sitting, convened);
        var ids = convened.Select(c => c.LearnerId).ToList();
        var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeactivatedAt == null).ToDictionaryAsync(u => u.Id, u => u.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (candidate, sheet) in convened.Zip(sheets))
        {
            var when = sheet.StartsAt.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);
            var subject = sheet.Replaces
                ? new Message("Nouvelle convocation — CCF {0}, le {1}", sheet.SituationCode, when)
                : new Message("Convocation — CCF {0}, le {1}", sheet.SituationCode, when);
            db.Notifications.Add(new Notification { UserId = candidate.LearnerId, Kind = NotificationKind.CcfConvocation, Text = StoredMessage.Write(subject, Notification.TextMaxLength), Url = LearnerPage, CreatedAt = now });
            if (emails.GetValueOrDefault(candidate.LearnerId) is { Length: > 0 } email)
            {
                outbox.Enqueue(email, subject, Body(sheet));
            }

            candidate.ConvokedAt = now;
        }

        audit.Record("ccf.convocations-sent", sitting.Id, $"{sitting.SituationCode} ({convened.Count})");
        return convened.Count;
    }

    /// <summary>The e-mail: the sheet's facts, in French like the sheet itself (docs/adr/0010-email-language.md).</summary>
    private Message Body(CcfConvocationSheet sheet)
    {
        var facts = string.Join("\n", sheet.Lines());
        return sheet.Replaces
            ? new Message("Bonjour {0},\n\nCette convocation remplace la précédente : la date, l'heure ou le lieu ont pu changer.\n\n{1}\n\nVotre convocation et votre espace : {2}",
                sheet.LearnerName, facts, address.Path(LearnerPage))
            : new Message("Bonjour {0},\n\n{1}\n\nVotre convocation et votre espace : {2}", sheet.LearnerName, facts, address.Path(LearnerPage));
    }
}

public sealed record CcfConvocationPrint(IReadOnlyList<CcfConvocationSheet> Sheets, string InlineCss);

public sealed record CcfConvocationSheet(string Establishment, string? City, string CohortName, string LearnerName, string ExamCode, string ExamTitle,
    string SituationCode, string SituationTitle, DateTime StartsAt, DateTime EndsAt, int DurationMinutes, int ExtraMinutes, bool Remote, string? Room,
    IReadOnlyList<string> Parts, int ExtraTimePercent, string? Accommodation, string? Note, bool Replaces)
{
    /// <summary>The facts of the convocation, one per line, as the e-mail and the PDF state them.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"Épreuve : {ExamCode} — {ExamTitle}";
        yield return $"Situation : {SituationCode} — {SituationTitle}";
        yield return $"Date : {StartsAt.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))}";
        yield return $"Heure : de {StartsAt:HH:mm} à {EndsAt:HH:mm}";
        yield return ExtraMinutes > 0 ? $"Durée : {DurationMinutes} min + {ExtraMinutes} min de temps supplémentaire ({ExtraTimePercent} %)" : $"Durée : {DurationMinutes} min";
        if (Parts.Count > 0)
        {
            yield return $"Déroulement : {string.Join(" ; ", Parts)}";
        }

        yield return Remote ? "Lieu : à distance (le lien vous sera communiqué par l'équipe)" : $"Lieu : {Room}";
        if (Accommodation is not null)
        {
            yield return $"Aménagements : {Accommodation}";
        }

        if (Note is not null)
        {
            yield return $"Consigne : {Note}";
        }
    }
}
