using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Career;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Projet;

/// <summary>The learners of the cohorts this référent (or administrator) manages, with the day they left the training
/// (<see cref="FollowUpRules.LeftOn"/>: null while they are in training) and their recorded situations.</summary>
public sealed class Graduates(SillageDb db, CohortAccess access, SchoolClock clock)
{
    public sealed record Row(Guid Id, string Name, string? Email, string Cohort, string SchoolYear, DateOnly? LeftOn,
        GraduateSituation? SixMonths, GraduateSituation? TwelveMonths)
    {
        public GraduateSituation? At(FollowUpMilestone milestone) => milestone == FollowUpMilestone.SixMonths ? SixMonths : TwelveMonths;
    }

    public async Task<IReadOnlyList<Row>> LoadAsync(Guid? learnerId = null, CancellationToken cancellationToken = default)
    {
        var managed = access.ManagedCohorts().Select(c => c.Id);
        var learners = db.CohortMembers.Where(m => m.Role == CohortRole.Learner && managed.Contains(m.CohortId)).Select(m => m.PersonId);
        if (learnerId is { } one)
        {
            learners = learners.Where(id => id == one);
        }

        var memberships = await db.CohortMembers.AsNoTracking().Where(m => m.Role == CohortRole.Learner && learners.Contains(m.PersonId))
            .Join(db.Cohorts, m => m.CohortId, c => c.Id, (m, c) => new { m.PersonId, c.Name, c.SchoolYear, c.Archived }).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => learners.Contains(u.Id) && u.ErasedAt == null)
            .Select(u => new { u.Id, u.FirstName, u.LastName, u.Email, u.DeactivatedAt }).ToListAsync(cancellationToken);
        var situations = (await db.GraduateSituations.AsNoTracking().Where(s => learners.Contains(s.LearnerId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.LearnerId);
        return people.Select(p =>
            {
                var cohorts = memberships.Where(m => m.PersonId == p.Id).OrderByDescending(m => m.SchoolYear, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
                var leftOn = FollowUpRules.LeftOn(cohorts.Select(c => new FollowUpRules.Membership(c.SchoolYear, c.Archived)).ToList(),
                    p.DeactivatedAt is { } at ? clock.ToSchoolDate(at) : null);
                var own = situations[p.Id].ToList();
                return new Row(p.Id, $"{p.LastName} {p.FirstName}", p.Email, cohorts[0].Name, cohorts[0].SchoolYear, leftOn,
                    own.SingleOrDefault(s => s.Milestone == FollowUpMilestone.SixMonths), own.SingleOrDefault(s => s.Milestone == FollowUpMilestone.TwelveMonths));
            })
            .OrderByDescending(r => r.SchoolYear, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
