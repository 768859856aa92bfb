using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Situations;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Situations;

/// <summary>An assignment as lists show it: the cohort, the group or the chosen learners, the dates.</summary>
public sealed record AssignmentRow(Guid Id, Guid SituationId, string SituationTitle, Guid CohortId, string Cohort, AssignmentScope Scope, string? Group,
    IReadOnlyList<string> Learners, DateOnly Start, DateOnly End)
{
    public AssignmentStatus StatusOn(DateOnly day) => day < Start ? AssignmentStatus.Upcoming : day > End ? AssignmentStatus.Past : AssignmentStatus.Current;

    /// <param name="assignments">The assignments the user may see (already filtered).</param>
    /// <param name="situationId">Only this situation's; null for all.</param>
    public static async Task<IReadOnlyList<AssignmentRow>> QueryAsync(SillageDb db, IQueryable<SituationAssignment> assignments, Guid? situationId,
        CancellationToken cancellationToken)
    {
        var rows = await assignments.AsNoTracking()
            .Where(a => situationId == null || a.SituationId == situationId)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.SituationId, Situation = db.Situations.Where(s => s.Id == a.SituationId).Select(s => s.Title).Single(),
                a.CohortId, Cohort = db.Cohorts.Where(c => c.Id == a.CohortId).Select(c => c.Name).Single(),
                a.Scope, Group = db.Groups.Where(g => g.Id == a.GroupId).Select(g => g.Name).SingleOrDefault(),
                Learners = a.Learners.Join(db.Users, l => l.LearnerId, u => u.Id, (l, u) => u.FirstName + " " + u.LastName).ToList(),
                a.Start, a.End,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AssignmentRow(r.Id, r.SituationId, r.Situation, r.CohortId, r.Cohort, r.Scope, r.Group,
            r.Learners.Order(StringComparer.CurrentCulture).ToList(), r.Start, r.End)).ToList();
    }
}
