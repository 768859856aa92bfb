using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Certification.Ccf.Projects;

/// <summary>The group projects of a cohort (E1-A, or any situation with a group size); the référent or a teacher of
/// the cohort creates one with its members, within the group size of the plan.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SillageDb db, CcfAccess access, CcfPlans plans, TimeProvider clock, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public Guid CohortId { get; private set; }
    public string CohortName { get; private set; } = "";
    public IReadOnlyList<CcfSituationDefinition> Situations { get; private set; } = [];
    public IReadOnlyList<CcfLearners.Row> Learners { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, string SituationCode, string Members)> Projects { get; private set; } = [];

    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? cohorte) => await LoadAsync(cohorte) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? cohorte)
    {
        if (!await LoadAsync(cohorte))
        {
            return NotFound();
        }

        var situation = Situations.FirstOrDefault(s => s.Code == Input.Situation);
        if (situation is null)
        {
            ModelState.AddModelError("Input.Situation", l["Choisissez une situation évaluée sur un projet de groupe."]);
            return Page();
        }

        var members = Input.LearnerIds.Distinct().ToList();
        if (members.Any(id => Learners.All(x => x.Id != id)))
        {
            ModelState.AddModelError("Input.LearnerIds", l["Choisissez les membres parmi les apprenants de la promotion."]);
        }

        foreach (var problem in CcfProject.Check(Input.Title, members, situation.GroupMin, situation.GroupMax))
        {
            ModelState.AddMessage(l, string.Empty, problem);
        }

        if (FormText.TooLong(Input.Description, CcfProject.ContributionMaxLength, new Message("La description")) is { } tooLong)
        {
            ModelState.AddMessage(l, "Input.Description", tooLong);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var project = new CcfProject
        {
            CohortId = CohortId, SituationCode = situation.Code, Title = Input.Title!.Trim(), Description = FormText.Clean(Input.Description),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = access.UserId,
        };
        project.Members.AddRange(members.Select(id => new CcfProjectMember { ProjectId = project.Id, LearnerId = id }));
        db.CcfProjects.Add(project);
        audit.Record("ccf.project-created", project.Id, $"{project.Title} ({members.Count})");
        await db.SaveChangesAsync();
        TempData["Message"] = l["Projet « {0} » créé.", project.Title].Value;
        return RedirectToPage("/Certification/Ccf/Projects/Detail", new { id = project.Id });
    }

    private async Task<bool> LoadAsync(Guid? cohortId)
    {
        var cohort = await access.StaffCohorts().Where(c => cohortId == null || c.Id == cohortId).OrderBy(c => c.Archived).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync();
        if (cohort is null)
        {
            return false;
        }

        (CohortId, CohortName) = (cohort.Id, cohort.Name);
        Situations = (await plans.ForCohortAsync(CohortId)).Exams.SelectMany(e => e.Situations).Where(s => s.IsGroup).ToList();
        Learners = await CcfLearners.OfCohortAsync(db, CohortId);
        var projects = await db.CcfProjects.AsNoTracking().Where(p => p.CohortId == CohortId).OrderBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.SituationCode, Members = p.Members.Select(m => m.LearnerId).ToList() }).ToListAsync();
        Projects = projects.Select(p => (p.Id, p.Title, p.SituationCode, string.Join(", ", p.Members.Select(m => Learners.FirstOrDefault(x => x.Id == m)?.Name).OfType<string>()))).ToList();
        Input.Situation ??= Situations.FirstOrDefault()?.Code;
        return true;
    }

    public sealed class ProjectInput
    {
        public string? Situation { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<Guid> LearnerIds { get; set; } = [];
    }
}
