using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>What an event's form offers for one establishment: its partners, its cohorts (current ones, and those the
/// event already names) with their learners. Ids from the form are accepted only among these.</summary>
public sealed record EventChoices(Guid EstablishmentId, IReadOnlyList<EventChoices.Partner> Partners, IReadOnlyList<EventChoices.CohortChoice> Cohorts)
{
    public sealed record Partner(Guid Id, string Name);

    public sealed record Learner(Guid Id, string Name);

    public sealed record CohortChoice(Guid Id, string Name, string SchoolYear, IReadOnlyList<Learner> Learners);

    public static async Task<EventChoices> LoadAsync(SillageDb db, Guid establishmentId, IReadOnlyCollection<Guid> linkedCohorts)
    {
        var partners = await db.HostOrganisations.AsNoTracking().Where(h => h.EstablishmentId == establishmentId)
            .OrderBy(h => h.Name).Select(h => new Partner(h.Id, h.Name)).ToListAsync();
        var cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.EstablishmentId == establishmentId && (!c.Archived || linkedCohorts.Contains(c.Id)))
            .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name).Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync();
        var ids = cohorts.Select(c => c.Id).ToList();
        var learners = await db.CohortMembers.AsNoTracking().Where(m => ids.Contains(m.CohortId) && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m.CohortId, u.Id, u.LastName, u.FirstName })
            .OrderBy(x => x.LastName).ThenBy(x => x.FirstName).ThenBy(x => x.Id).ToListAsync();
        return new(establishmentId, partners, cohorts.Select(c => new CohortChoice(c.Id, c.Name, c.SchoolYear,
            learners.Where(l => l.CohortId == c.Id).Select(l => new Learner(l.Id, $"{l.FirstName} {l.LastName}")).ToList())).ToList());
    }

    /// <summary>The learners of each of the given cohorts (those offered only).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> LearnersOf(IEnumerable<Guid> cohortIds)
    {
        var wanted = cohortIds.ToHashSet();
        return Cohorts.Where(c => wanted.Contains(c.Id)).ToDictionary(c => c.Id, c => (IReadOnlySet<Guid>)c.Learners.Select(l => l.Id).ToHashSet());
    }
}
