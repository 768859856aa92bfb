using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Situations;

/// <summary>Gives a situation to a cohort, one of its groups, or chosen learners, for a period; lists and removes
/// the situation's assignments in the cohorts the user sees.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AssignModel(SillageDb db, SituationAccess access, CohortAccess cohorts, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public Situation Situation { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];
    public int OtherFrameworkCohorts { get; private set; }
    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, Guid? GroupId)> Learners { get; private set; } = [];
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "promotion")]
    public Guid? CohortId { get; set; }

    [BindProperty]
    public AssignmentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Start = Today;
        Input.End = Today.AddDays(20);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var requested = CohortId;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // LoadAsync falls back to the first visible cohort for display; a post names its cohort explicitly.
        if (requested is null || requested != CohortId)
        {
            ModelState.AddModelError("", l["Choisissez une promotion de la liste."]);
            return Page();
        }

        var learners = Input.Scope == AssignmentScope.Learners ? Input.LearnerIds.Distinct().ToList() : [];
        if (learners.Any(x => Learners.All(m => m.Id != x)) || (Input.Scope == AssignmentScope.Group && Input.GroupId is { } g && Groups.All(x => x.Id != g)))
        {
            return NotFound();
        }

        foreach (var problem in SituationAssignment.Check(Input.Start, Input.End, Input.Scope, Input.Scope == AssignmentScope.Group ? Input.GroupId : null, learners.Count))
        {
            ModelState.AddModelError("", problem);
        }

        if (!Enum.IsDefined(Input.Scope))
        {
            ModelState.AddModelError("", l["Choisissez à qui attribuer la situation."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assignment = new SituationAssignment
        {
            SituationId = id, CohortId = CohortId.Value, Scope = Input.Scope, GroupId = Input.Scope == AssignmentScope.Group ? Input.GroupId : null,
            Start = Input.Start!.Value, End = Input.End!.Value, AssignedById = User.UserId(), AssignedAt = clock.GetUtcNow().UtcDateTime,
        };
        assignment.Learners.AddRange(learners.Select(x => new SituationAssignmentLearner { AssignmentId = assignment.Id, LearnerId = x }));
        db.SituationAssignments.Add(assignment);
        audit.Record("situation.assigned", id, $"{Situation.Title} → {Cohorts.First(c => c.Id == CohortId).Name}");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Situation attribuée du {0} au {1}.", Infrastructure.Web.Display.Date(assignment.Start), Infrastructure.Web.Display.Date(assignment.End)].Value;
        return RedirectToPage(new { id, promotion = CohortId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid assignmentId, CancellationToken cancellationToken)
    {
        var deleted = await access.VisibleAssignments().Where(a => a.Id == assignmentId && a.SituationId == id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return NotFound();
        }

        audit.Record("situation.unassigned", id);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Attribution retirée."].Value;
        return RedirectToPage(new { id, promotion = CohortId });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var situation = await (await access.ReadableAsync()).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (situation is null)
        {
            return false;
        }

        Situation = situation;
        Today = clock.Today;
        var visible = await cohorts.VisibleCohorts().AsNoTracking().Where(c => !c.Archived).OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.FrameworkId }).ToListAsync(cancellationToken);
        Cohorts = visible.Where(c => c.FrameworkId == situation.FrameworkId).Select(c => (c.Id, c.Name)).ToList();
        OtherFrameworkCohorts = visible.Count - Cohorts.Count;
        if (CohortId is null || Cohorts.All(c => c.Id != CohortId))
        {
            CohortId = Cohorts.FirstOrDefault().Id is var first && first != Guid.Empty ? first : null;
        }

        if (CohortId is { } cohort)
        {
            Groups = await db.Groups.AsNoTracking().Where(g => g.CohortId == cohort).OrderBy(g => g.Name).ToListAsync(cancellationToken);
            Learners = (await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohort && m.Role == CohortRole.Learner)
                    .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { u.Id, u.LastName, u.FirstName, m.GroupId })
                    .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ToListAsync(cancellationToken))
                .Select(u => (u.Id, $"{u.LastName.ToUpperInvariant()} {u.FirstName}", u.GroupId)).ToList();
        }

        Assignments = await AssignmentRow.QueryAsync(db, access.VisibleAssignments(), id, cancellationToken);
        return true;
    }

    public sealed class AssignmentInput
    {
        public AssignmentScope Scope { get; set; } = AssignmentScope.Cohort;

        [Display(Name = "Groupe")]
        public Guid? GroupId { get; set; }

        public List<Guid> LearnerIds { get; set; } = [];

        [Display(Name = "Du")]
        [DataType(DataType.Date)]
        public DateOnly? Start { get; set; }

        [Display(Name = "Au")]
        [DataType(DataType.Date)]
        public DateOnly? End { get; set; }
    }
}
