using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Pfmp.Tutor;

/// <summary>
/// The tutor's appraisal: a level of the framework's scale (or "not observed") and a comment for each targeted
/// competence, the activities done and an overall comment. Each positioning is a suivi event (context PFMP, this
/// period); a changed level or comment is a new event that corrects the previous one, an unchanged one adds nothing.
/// </summary>
public sealed class AppraisalInput
{
    public List<Line> Levels { get; set; } = [];

    [Display(Name = "Activités réalisées")]
    public string? ActivitiesDone { get; set; }

    [Display(Name = "Appréciation générale")]
    public string? Comment { get; set; }

    public sealed class Line
    {
        public Guid ElementId { get; set; }
        public int? Level { get; set; }
        public string? Comment { get; set; }
    }

    public static AppraisalInput From(PeriodView view) => new()
    {
        Levels = view.Appraisal.Select(a => new Line { ElementId = a.ElementId, Level = a.Level?.Rank, Comment = a.Comment }).ToList(),
        ActivitiesDone = view.Period.ActivitiesDone,
        Comment = view.Period.TutorComment,
    };

    /// <summary>Adds the appraisal of a period the tutor reaches to the unit of work (the caller saves); returns a French error or null.</summary>
    public async Task<string?> SaveAsync(SillageDb db, PeriodView view, Guid tutorId, DateOnly today, DateTime now)
    {
        var period = view.Period;
        if (!period.Convention.IsSigned || today < period.Start)
        {
            return "L'appréciation se saisit une fois la convention signée et la période commencée.";
        }

        if (Levels.Any(l => view.Appraisal.All(a => a.ElementId != l.ElementId)))
        {
            return "Une compétence de l'appréciation n'est pas visée par cette période.";
        }

        if (Levels.Any(l => l.Level is { } rank && view.Levels.All(v => v.Rank != rank)))
        {
            return "Niveau inconnu : choisissez un niveau de l'échelle.";
        }

        if (Levels.Any(l => l.Comment is { Length: > 1000 }) || ActivitiesDone is { Length: > 4000 } || Comment is { Length: > 4000 })
        {
            return "Un commentaire est trop long (1 000 caractères par compétence, 4 000 pour les activités et l'appréciation générale).";
        }

        var mine = await db.Assessments.AsNoTracking()
            .Where(a => a.Context == AssessmentContext.Pfmp && a.ContextId == period.Id && a.AssessorId == tutorId)
            .Select(a => new { a.Id, a.ElementId, a.RecordedAt }).ToListAsync();
        foreach (var line in Levels.Where(l => l.Level is not null))
        {
            var current = view.Appraisal.Single(a => a.ElementId == line.ElementId);
            var comment = string.IsNullOrWhiteSpace(line.Comment) ? null : line.Comment.Trim();
            if (current.Level?.Rank == line.Level && current.Comment == comment)
            {
                continue;
            }

            db.Assessments.Add(new Assessment
            {
                LearnerId = period.LearnerId,
                CohortId = period.CohortId,
                ElementId = line.ElementId,
                AssessorId = tutorId,
                AssessorRole = AssessorRole.Tutor,
                Level = line.Level!.Value,
                Comment = comment,
                Context = AssessmentContext.Pfmp,
                ContextId = period.Id,
                ObservedOn = today < period.End ? today : period.End,
                RecordedAt = now,
                CorrectsId = mine.Where(a => a.ElementId == line.ElementId).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault()?.Id,
            });
        }

        var tracked = await db.PfmpPeriods.SingleAsync(p => p.Id == period.Id);
        tracked.ActivitiesDone = string.IsNullOrWhiteSpace(ActivitiesDone) ? null : ActivitiesDone.Trim();
        tracked.TutorComment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        tracked.AppraisedAt = now;
        return null;
    }
}
