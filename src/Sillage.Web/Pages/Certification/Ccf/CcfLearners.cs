using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The learners the CCF pages offer for a cohort (candidates of a sitting, members of a project, the overview's rows):
/// learners of the cohort whose account is active (neither deactivated nor erased) and belongs to the cohort's
/// establishment, by name. One query, so the three pages never disagree on who may be chosen.
/// </summary>
public static class CcfLearners
{
    /// <param name="Deactivated">A candidate already convened whose account was deactivated since (kept on its sitting).</param>
    public sealed record Row(Guid Id, string Name, Guid? GroupId, bool Deactivated = false);

    public static async Task<IReadOnlyList<Row>> OfCohortAsync(SillageDb db, Guid cohortId) =>
        (await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { Member = m, User = u })
            .Where(x => x.User.DeactivatedAt == null && x.User.ErasedAt == null
                        && db.Cohorts.Any(c => c.Id == cohortId && c.EstablishmentId == x.User.EstablishmentId))
            .Select(x => new Row(x.User.Id, x.User.LastName + " " + x.User.FirstName, x.Member.GroupId)).ToListAsync())
        .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
}
