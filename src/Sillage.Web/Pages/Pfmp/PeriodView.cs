using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// Everything the pages and documents show about one period: the period with its convention, targets and
/// absences, the structure and tutor, the names, the day count (with the learner's other periods and the
/// school holidays) and the tutor's latest positioning on each targeted competence. Read without tracking.
/// </summary>
public sealed class PeriodView
{
    public required PfmpPeriod Period { get; init; }
    public required HostOrganisation Host { get; init; }
    public HostContact? Tutor { get; init; }
    public required string LearnerName { get; init; }
    public string? ReferentTeacherName { get; init; }
    public required string CohortName { get; init; }
    public required Guid EstablishmentId { get; init; }
    public required Guid FrameworkId { get; init; }
    public required PfmpCounting.PeriodTally Tally { get; init; }
    public required IReadOnlyList<PfmpCounting.HolidayOverlap> Holidays { get; init; }

    /// <summary>Overlaps of this period with the learner's other periods.</summary>
    public required IReadOnlyList<PfmpCounting.PeriodOverlap> Overlaps { get; init; }
    public required IReadOnlyList<AppraisalLine> Appraisal { get; init; }

    /// <summary>The framework's assessed levels (rank 1 and up).</summary>
    public required IReadOnlyList<PositioningLevel> Levels { get; init; }
    public required IReadOnlyList<PfmpDocument> Documents { get; init; }

    public bool IsAppraised => Period.AppraisedAt is not null || Appraisal.Any(a => a.Level is not null);

    public sealed record AppraisalLine(Guid ElementId, string Code, string Title, PositioningLevel? Level, string? Comment, Guid? AssessmentId);

    /// <summary>The period <paramref name="id"/> if <paramref name="scope"/> holds it.</summary>
    public static async Task<PeriodView?> LoadAsync(SillageDb db, IQueryable<PfmpPeriod> scope, Guid id, DateOnly today)
    {
        var period = await scope.AsNoTracking().Include(p => p.Convention).ThenInclude(c => c.Events).Include(p => p.Targets).Include(p => p.Absences)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == period.CohortId).Select(c => new { c.Name, c.EstablishmentId, c.FrameworkId }).SingleAsync();
        var host = await db.HostOrganisations.AsNoTracking().SingleAsync(h => h.Id == period.HostOrganisationId);
        var tutor = period.TutorContactId is { } contactId ? await db.HostContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId) : null;
        var names = await db.Users.AsNoTracking().Where(u => u.Id == period.LearnerId || u.Id == period.ReferentTeacherId)
            .ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        var others = await db.PfmpPeriods.AsNoTracking().Include(p => p.Absences)
            .Where(p => p.LearnerId == period.LearnerId && p.Id != id && p.Convention.Status != ConventionStatus.Refused)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { Period = p, h.Name }).ToListAsync();
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == cohort.EstablishmentId && h.Start <= period.End && h.End >= period.Start).ToListAsync();
        var all = others.Select(o => o.Period.ToDays(o.Name)).Prepend(period.ToDays(host.Name)).ToList();
        var tally = PfmpCounting.Count(all, holidays, today);
        var levels = await db.PositioningLevels.AsNoTracking().Where(l => l.FrameworkId == cohort.FrameworkId && l.Rank > 0).OrderBy(l => l.Rank).ToListAsync();

        return new PeriodView
        {
            Period = period,
            Host = host,
            Tutor = tutor,
            LearnerName = names.GetValueOrDefault(period.LearnerId, "?"),
            ReferentTeacherName = period.ReferentTeacherId is { } teacher ? names.GetValueOrDefault(teacher) : null,
            CohortName = cohort.Name,
            EstablishmentId = cohort.EstablishmentId,
            FrameworkId = cohort.FrameworkId,
            Tally = tally.Periods.Single(t => t.PeriodId == id),
            Holidays = tally.HolidayOverlaps.Where(h => h.PeriodId == id).ToList(),
            Overlaps = tally.Overlaps.Where(o => o.FirstId == id || o.SecondId == id).ToList(),
            Appraisal = await AppraisalAsync(db, period, levels),
            Levels = levels,
            Documents = await db.PfmpDocuments.AsNoTracking().Where(d => d.PeriodId == id).OrderByDescending(d => d.CreatedAt).ToListAsync(),
        };
    }

    /// <summary>The targeted competences with the tutor's latest positioning in this period (later events correct earlier ones).</summary>
    private static async Task<IReadOnlyList<AppraisalLine>> AppraisalAsync(SillageDb db, PfmpPeriod period, IReadOnlyList<PositioningLevel> levels)
    {
        var targetIds = period.Targets.Select(t => t.ElementId).ToList();
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => targetIds.Contains(e.Id))
            .OrderBy(e => e.Code).Select(e => new { e.Id, e.Code, e.Title }).ToListAsync();
        var events = await db.Assessments.AsNoTracking()
            .Where(a => a.Context == AssessmentContext.Pfmp && a.ContextId == period.Id && a.AssessorRole == AssessorRole.Tutor)
            .Select(a => new { a.Id, a.ElementId, a.Level, a.Comment, a.RecordedAt }).ToListAsync();
        return elements.Select(e =>
        {
            var latest = events.Where(a => a.ElementId == e.Id).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault();
            return new AppraisalLine(e.Id, e.Code, e.Title, latest is null ? null : levels.FirstOrDefault(l => l.Rank == latest.Level), latest?.Comment, latest?.Id);
        }).ToList();
    }
}
