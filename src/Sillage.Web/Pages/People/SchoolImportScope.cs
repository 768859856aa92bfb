using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.People;

/// <summary>
/// The establishment a SIECLE or STS-web import goes into, and its open cohorts: a référent's own establishment;
/// for an administrator, the one they chose in the form (any).
/// </summary>
public sealed class SchoolImportScope(SillageDb db, CohortAccess access)
{
    public sealed record CohortChoice(Guid Id, string Label, IReadOnlyList<string> Names);

    public sealed record Choice(Guid? EstablishmentId, string? Uai, IReadOnlyList<CohortChoice> Cohorts, IReadOnlyList<(Guid Id, string Name)> Establishments)
    {
        public static readonly Choice Empty = new(null, null, [], []);
    }

    public async Task<Choice> LoadAsync(Guid? chosen)
    {
        IReadOnlyList<(Guid, string)> establishments = [];
        Guid? establishmentId;
        if (access.IsAdmin)
        {
            establishments = (await db.Establishments.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name, e.Uai }).ToListAsync())
                .Select(e => (e.Id, $"{e.Name} ({e.Uai})")).ToList();
            establishmentId = establishments.Any(e => e.Item1 == chosen) ? chosen : null;
        }
        else
        {
            establishmentId = await access.EstablishmentAsync();
        }

        if (establishmentId is not { } id)
        {
            return Choice.Empty with { Establishments = establishments };
        }

        var uai = await db.Establishments.Where(e => e.Id == id).Select(e => e.Uai).SingleAsync();
        var cohorts = await access.ManagedCohorts().AsNoTracking().Where(c => c.EstablishmentId == id && !c.Archived)
            .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.SchoolYear, Groups = c.Groups.Select(g => g.Name).ToList() }).ToListAsync();
        return new(id, uai, cohorts.Select(c => new CohortChoice(c.Id, $"{c.Name} ({c.SchoolYear})", [c.Name, .. c.Groups])).ToList(), establishments);
    }
}
