using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
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
    /// <summary>The longest remark on one competence of the grid.</summary>
    public const int LineCommentLength = 1000;

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

    /// <summary>
    /// Adds the appraisal of a period the tutor reaches to the unit of work (the caller saves); returns why not, or null.
    /// Each changed line goes through <see cref="Positioning"/>, observed on the school's <paramref name="today"/> or the
    /// period's last day.
    /// </summary>
    public async Task<Message?> SaveAsync(SillageDb db, PeriodView view, Guid tutorId, DateOnly today, DateTime now)
    {
        var period = view.Period;
        if (!period.Convention.IsSigned || today < period.Start)
        {
            return new Message("L'appréciation se saisit une fois la convention signée et la période commencée.");
        }

        if (Levels.Any(l => view.Appraisal.All(a => a.ElementId != l.ElementId)))
        {
            return new Message("Une compétence de l'appréciation n'est pas visée par cette période.");
        }

        // The grid's own limits: a line is a short remark (1 000), the period's texts have their column's length.
        if (Levels.Any(l => l.Comment is { Length: > LineCommentLength }) || ActivitiesDone is { Length: > 4000 } || Comment is { Length: > 4000 })
        {
            return new Message("Un commentaire est trop long (1 000 caractères par compétence, 4 000 pour les activités et l'appréciation générale).");
        }

        var mine = await db.Assessments.AsNoTracking()
            .Where(a => a.Context == AssessmentContext.Pfmp && a.ContextId == period.Id && a.AssessorId == tutorId)
            .ToListAsync();
        var frame = new PositioningFrame(view.Appraisal.Select(a => a.ElementId).ToHashSet(), view.Levels.Select(l => l.Rank).ToHashSet(), new HashSet<Guid>(), today);
        var changes = new List<Assessment>();
        foreach (var line in Levels.Where(l => l.Level is not null))
        {
            var current = view.Appraisal.Single(a => a.ElementId == line.ElementId);
            if (current.Level?.Rank == line.Level && current.Comment == Positioning.Clean(line.Comment))
            {
                continue;
            }

            var request = new PositioningRequest(period.LearnerId, period.CohortId, line.ElementId, tutorId, AssessorRole.Tutor, line.Level,
                today < period.End ? today : period.End, AssessmentContext.Pfmp, line.Comment)
            {
                ContextId = period.Id,
                Corrects = mine.Where(a => a.ElementId == line.ElementId).OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).LastOrDefault(),
            };
            var (assessment, failures) = Positioning.Create(request, frame, now);
            if (assessment is null)
            {
                return failures[0].Message;
            }

            changes.Add(assessment);
        }

        db.Assessments.AddRange(changes);

        var tracked = await db.PfmpPeriods.SingleAsync(p => p.Id == period.Id);
        tracked.ActivitiesDone = string.IsNullOrWhiteSpace(ActivitiesDone) ? null : ActivitiesDone.Trim();
        tracked.TutorComment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        tracked.AppraisedAt = now;
        return null;
    }
}
