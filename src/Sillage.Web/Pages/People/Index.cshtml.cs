using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.People;

/// <summary>The people a manager is responsible for, filtered by role, cohort and name.</summary>
[Authorize(Policy = Policies.Management)]
public sealed class IndexModel(SillageDb db, CohortAccess access) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "promotion")]
    public Guid? CohortId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> People { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Cohorts = (await access.ManagedCohorts().AsNoTracking().OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.SchoolYear }).ToListAsync())
            .Select(c => (c.Id, $"{c.Name} ({c.SchoolYear})")).ToList();

        var people = access.ManagedPeople().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // Names are matched without accents on the client side of the comparison: stored names keep theirs,
            // so the query is tried as typed and folded.
            var term = Query.Trim().ToLower();
            var folded = TextFolding.Fold(Query.Trim());
            people = people.Where(u => u.LastName.ToLower().Contains(term) || u.FirstName.ToLower().Contains(term)
                                       || u.Email!.Contains(folded) || u.LastName.ToLower().Contains(folded) || u.FirstName.ToLower().Contains(folded));
        }

        if (Roles.All.Contains(Role ?? ""))
        {
            var roleId = db.Roles.Where(r => r.Name == Role).Select(r => r.Id);
            people = people.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        if (CohortId is { } cohortId)
        {
            people = people.Where(u => db.CohortMembers.Any(m => m.PersonId == u.Id && m.CohortId == cohortId));
        }

        // Ordered in memory with the French collation (SQL sorts "Çelik" after "Zola"), then one page is loaded.
        var names = await people.Select(u => new { u.Id, u.LastName, u.FirstName }).ToListAsync();
        Total = names.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var pageIds = names.OrderBy(u => u.LastName, TextFolding.NameOrder).ThenBy(u => u.FirstName, TextFolding.NameOrder)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(u => u.Id).ToList();
        var rows = await db.Users.AsNoTracking().Where(u => pageIds.Contains(u.Id))
            .Select(u => new Row(u.Id, u.LastName, u.FirstName, u.Email!, u.InvitedAt, u.ActivatedAt, u.DeactivatedAt,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                db.CohortMembers.Where(m => m.PersonId == u.Id).Join(db.Cohorts, m => m.CohortId, c => c.Id, (_, c) => c.Name).ToList()))
            .ToListAsync();
        People = rows.OrderBy(r => pageIds.IndexOf(r.Id)).ToList();
    }

    public sealed record Row(Guid Id, string LastName, string FirstName, string Email, DateTime? InvitedAt, DateTime? ActivatedAt,
        DateTime? DeactivatedAt, List<string> Roles, List<string> Cohorts);
}
