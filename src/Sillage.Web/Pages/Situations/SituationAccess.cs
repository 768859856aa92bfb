using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Situations;

/// <summary>
/// Who sees and changes which situation. Staff read the common library and their establishment's situations;
/// they change their establishment's (the teaching team builds them together) and only administrators change the
/// common library. A learner reads the situations assigned to them. Everything else answers 404.
/// </summary>
public sealed class SituationAccess(SillageDb db, CohortAccess cohorts, LibraryScope library, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    /// <summary>Situations this user may open.</summary>
    public async Task<IQueryable<Situation>> ReadableAsync()
    {
        if (User.IsStaff())
        {
            return await library.ReadableAsync(db.Situations);
        }

        var assigned = AssignedLearners().Where(a => a.LearnerId == User.UserId()).Select(a => a.SituationId);
        return db.Situations.Where(s => assigned.Contains(s.Id));
    }

    /// <summary>Situations this user may change.</summary>
    public Task<IQueryable<Situation>> EditableAsync() => library.EditableAsync(db.Situations);

    /// <summary>Where a new situation of this user goes: their establishment, or the common library for an
    /// administrator without one.</summary>
    public Task<Guid?> HomeAsync() => cohorts.EstablishmentAsync();

    /// <summary>Every (assignment, learner) pair: the cohort's learners, the group's, or the chosen ones — always
    /// current members of the cohort.</summary>
    public IQueryable<AssignedLearner> AssignedLearners() =>
        from a in db.SituationAssignments
        join m in db.CohortMembers on a.CohortId equals m.CohortId
        where m.Role == CohortRole.Learner
              && (a.Scope == AssignmentScope.Cohort
                  || (a.Scope == AssignmentScope.Group && m.GroupId == a.GroupId)
                  || (a.Scope == AssignmentScope.Learners && db.SituationAssignmentLearners.Any(l => l.AssignmentId == a.Id && l.LearnerId == m.PersonId)))
        select new AssignedLearner
        {
            AssignmentId = a.Id,
            SituationId = a.SituationId,
            CohortId = a.CohortId,
            LearnerId = m.PersonId,
            GroupId = m.GroupId,
            Start = a.Start,
            End = a.End,
        };

    /// <summary>Assignments of the cohorts this staff member sees.</summary>
    public IQueryable<SituationAssignment> VisibleAssignments()
    {
        var visible = cohorts.VisibleCohorts().Select(c => c.Id);
        return db.SituationAssignments.Where(a => visible.Contains(a.CohortId));
    }
}

/// <summary>A learner who receives a situation through an assignment.</summary>
public sealed class AssignedLearner
{
    public Guid AssignmentId { get; init; }
    public Guid SituationId { get; init; }
    public Guid CohortId { get; init; }
    public Guid LearnerId { get; init; }
    public Guid? GroupId { get; init; }
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
}
