using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Team;

namespace Sillage.Web.Pages.Cohorts;

/// <summary>A cohort's learners (by group) and teachers. Staff who see the cohort read it; managers change
/// its membership and groups.</summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class DetailModel(SillageDb db, CohortAccess access, TeamLoader team, AuditLog audit, TimeProvider clock, IStringLocalizer<Text> l) : PageModel
{
    public Cohort Cohort { get; private set; } = null!;
    public string Establishment { get; private set; } = "";
    public string Framework { get; private set; } = "";
    public bool CanManage { get; private set; }

    /// <summary>Compétences no teacher of the cohort takes on (the team page's figure).</summary>
    public int TeamGaps { get; private set; }
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, string Role)> Candidates { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Personne à ajouter")]
    public Guid? PersonId { get; set; }

    [BindProperty]
    [Display(Name = "Nom du groupe")]
    public string? GroupName { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        var candidate = Candidates.FirstOrDefault(c => c.Id == PersonId);
        if (candidate.Id == Guid.Empty)
        {
            ModelState.AddModelError(nameof(PersonId), l["Choisissez une personne de la liste."]);
            return Page();
        }

        db.CohortMembers.Add(new CohortMember
        {
            CohortId = id,
            PersonId = candidate.Id,
            Role = candidate.Role == Roles.Teacher ? CohortRole.Teacher : CohortRole.Learner,
            JoinedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("cohort.member-added", candidate.Id, Cohort.Name);
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} ajouté(e) à la promotion.", candidate.Name].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        var removed = await db.CohortMembers.Where(m => m.CohortId == id && m.PersonId == personId).ExecuteDeleteAsync();
        if (removed > 0)
        {
            audit.Record("cohort.member-removed", personId, Cohort.Name);
            await db.SaveChangesAsync();
        }

        TempData["Message"] = l["Membre retiré de la promotion (son compte et ses travaux sont conservés)."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostGroupAsync(Guid id)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        var name = GroupName?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(GroupName), l["Donnez au groupe un nom de 1 à 100 caractères."]);
            return Page();
        }

        if (Groups.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(GroupName), l["Ce groupe existe déjà."]);
            return Page();
        }

        db.Groups.Add(new Group { CohortId = id, Name = name });
        await db.SaveChangesAsync();
        TempData["Message"] = l["Groupe « {0} » créé.", name].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignGroupAsync(Guid id, Guid personId, Guid? groupId)
    {
        if (!await LoadAsync(id) || !CanManage)
        {
            return NotFound();
        }

        if (groupId is not null && Groups.All(g => g.Id != groupId))
        {
            return NotFound();
        }

        await db.CohortMembers.Where(m => m.CohortId == id && m.PersonId == personId && m.Role == CohortRole.Learner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.GroupId, groupId));
        TempData["Message"] = l["Groupe modifié."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cohort = await access.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (cohort is null)
        {
            return false;
        }

        Cohort = cohort;
        // An archived cohort is read-only: its membership and groups stay as they were when its year was closed.
        CanManage = !cohort.Archived && await access.ManagedCohorts().AnyAsync(c => c.Id == id);
        Establishment = await db.Establishments.Where(e => e.Id == cohort.EstablishmentId).Select(e => e.Name).SingleAsync();
        Framework = await db.Frameworks.Where(f => f.Id == cohort.FrameworkId).Select(f => f.Title + " — " + f.Version).SingleAsync();
        TeamGaps = (await team.GapCountsAsync([id]))[id];
        Groups = await db.Groups.AsNoTracking().Where(g => g.CohortId == id).OrderBy(g => g.Name).ToListAsync();
        Members = (await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == id)
                .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m, u })
                .Select(x => new Member(x.u.Id, x.u.LastName, x.u.FirstName, x.u.Email!, x.m.Role, x.m.GroupId, x.u.ActivatedAt != null))
                .ToListAsync())
            .OrderBy(m => m.LastName, TextFolding.NameOrder).ThenBy(m => m.FirstName, TextFolding.NameOrder).ToList();
        if (CanManage)
        {
            var memberIds = Members.Select(m => m.Id).ToList();
            var learnerRole = await db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id).SingleAsync();
            var teacherRole = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).SingleAsync();
            Candidates = (await access.ManagedPeople().AsNoTracking()
                    .Where(u => !memberIds.Contains(u.Id) && u.DeactivatedAt == null)
                    .Select(u => new
                    {
                        u.Id, u.LastName, u.FirstName,
                        IsTeacher = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == teacherRole),
                        IsLearner = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == learnerRole),
                    })
                    .Where(u => u.IsTeacher || u.IsLearner).ToListAsync())
                .OrderBy(u => u.LastName, TextFolding.NameOrder).ThenBy(u => u.FirstName, TextFolding.NameOrder)
                .Select(u => (u.Id, $"{u.LastName.ToUpperInvariant()} {u.FirstName}", u.IsTeacher ? Roles.Teacher : Roles.Learner)).ToList();
        }

        return true;
    }

    public sealed record Member(Guid Id, string LastName, string FirstName, string Email, CohortRole Role, Guid? GroupId, bool Active);
}
