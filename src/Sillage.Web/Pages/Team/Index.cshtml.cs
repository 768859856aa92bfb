using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Domain.Team;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Team;

/// <summary>
/// A cohort's équipe pédagogique: compétence × teacher, with the gaps and overlaps. Whoever sees the cohort reads it;
/// the référent (and the administrator) sets each teacher's discipline and share in one form. Teachers do not edit
/// their own share: the guide gives the coordination of the team to the référent (docs/team.md).
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public sealed class IndexModel(SillageDb db, CohortAccess access, TeamLoader loader, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public Cohort Cohort { get; private set; } = null!;
    public TeamView Team { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = TeamInput.From(Cohort, Team);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        // The form offers nothing else: a value outside it (a discipline or code the framework does not have) is forged.
        var competences = Team.Coverage.Rows.Select(r => r.Competence).ToList();
        if (!ModelState.IsValid || Input.Teachers.Select(t => t.Id).Distinct().Count() != Input.Teachers.Count
            || Input.Teachers.Any(t => t.Discipline is { } d && !Enum.IsDefined(d)))
        {
            return BadRequest();
        }

        var shares = Input.Teachers.ToDictionary(t => t.Id, t => TeamSharing.Expand(competences, t.Blocks, t.Competences));
        if (shares.Values.Any(s => s is null))
        {
            return BadRequest();
        }

        if (Input.Teachers.Any(t => Team.Teachers.All(m => m.Id != t.Id)) || !await SaveAsync(id, shares!, cancellationToken))
        {
            ModelState.AddModelError("", l["L'équipe a été modifiée par quelqu'un d'autre entre-temps : rien n'a été enregistré. Rechargez la page pour repartir de sa dernière version."]);
            return Page();
        }

        TempData["Message"] = l["Équipe pédagogique enregistrée."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Replaces the shares of the teachers of the form in one transaction, if the form was built from the
    /// current version: the version is raised first, so of two forms sent from the same version only one saves.</summary>
    private async Task<bool> SaveAsync(Guid id, IReadOnlyDictionary<Guid, IReadOnlySet<string>> shares, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var raised = await db.Cohorts.Where(c => c.Id == id && c.TeamVersion == Input.Version && !c.Archived)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamVersion, c => c.TeamVersion + 1), cancellationToken);
        if (raised == 0)
        {
            return false;
        }

        var teachers = shares.Keys.ToList();
        await db.TeachingShares.Where(s => s.CohortId == id && teachers.Contains(s.TeacherId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var teacher in Input.Teachers)
        {
            await db.CohortMembers.Where(m => m.CohortId == id && m.PersonId == teacher.Id && m.Role == CohortRole.Teacher)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Discipline, teacher.Discipline), cancellationToken);
            db.TeachingShares.AddRange(shares[teacher.Id].Select(code => new TeachingShare { CohortId = id, TeacherId = teacher.Id, CompetenceCode = code }));
        }

        audit.Record("cohort.team-saved", id, Cohort.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var cohort = await access.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cohort is null)
        {
            return false;
        }

        Cohort = cohort;
        // An archived cohort's team stays as it was when its year was closed.
        CanEdit = !cohort.Archived && await access.ManagedCohorts().AnyAsync(c => c.Id == id, cancellationToken);
        Team = await loader.LoadAsync(cohort, cancellationToken);
        return true;
    }
}
