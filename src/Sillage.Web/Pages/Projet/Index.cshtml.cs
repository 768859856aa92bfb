using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Career;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Projet;

/// <summary>The learner's projet professionnel: what they aim for, the steps, what they learned about themselves and
/// links to their own traces, PFMP periods and interviews. A form sent from an older version is refused and stays
/// filled in; steps the form does not carry (added meanwhile in an interview) are kept.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class IndexModel(SillageDb db, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const int BlankSteps = 3;

    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public ProjectView? Current { get; private set; }
    public IReadOnlyList<ProjectView.LinkRow> Choices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Current is { } view)
        {
            var p = view.Project;
            Input = new ProjectInput
            {
                Version = p.Version, Occupation = p.Occupation, Sector = p.Sector, FurtherStudies = p.FurtherStudies, SelfKnowledge = p.SelfKnowledge,
                Steps = view.Steps.Select(s => new StepInput { Id = s.Id, Description = s.Description, TargetOn = s.TargetOn, Done = s.Done }).ToList(),
                TraceIds = p.Links.Where(k => k.Kind == ProjectLinkKind.Trace).Select(k => k.TargetId).ToList(),
                PeriodIds = p.Links.Where(k => k.Kind == ProjectLinkKind.Period).Select(k => k.TargetId).ToList(),
                InterviewIds = p.Links.Where(k => k.Kind == ProjectLinkKind.Interview).Select(k => k.TargetId).ToList(),
            };
        }

        AddBlankSteps();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var me = User.UserId();
        var project = await db.ProfessionalProjects.Include(p => p.Steps).Include(p => p.Links).AsSplitQuery().SingleOrDefaultAsync(p => p.LearnerId == me);
        var known = project?.Steps.ToDictionary(s => s.Id) ?? [];
        Input.Steps.RemoveAll(s => s.Id is null && string.IsNullOrWhiteSpace(s.Description) && s.TargetOn is null && !s.Done);
        if (Input.Steps.Any(s => s.Id is { } id && !known.ContainsKey(id)))
        {
            // A step deleted meanwhile (in another tab): the row is kept as a new one rather than lost.
            Input.Steps.Where(s => s.Id is { } id && !known.ContainsKey(id)).ToList().ForEach(s => s.Id = null);
        }

        // A saved step whose description was emptied is being removed: its date and box no longer matter.
        foreach (var row in Input.Steps.Where(s => s.Id is not null && string.IsNullOrWhiteSpace(s.Description)))
        {
            (row.TargetOn, row.Done) = (null, false);
        }

        var drafts = Input.Steps.Select(s => new ProjectRules.StepDraft(s.Description, s.TargetOn, s.Done, s.Id is { } id && known[id].InterviewId is not null)).ToList();
        foreach (var problem in ProjectRules.Check(Input.Occupation, Input.Sector, Input.FurtherStudies, Input.SelfKnowledge, drafts, clock.Today))
        {
            ModelState.AddMessage(l, "Input." + problem.Field, problem.Text);
        }

        CheckLinks(ProjectLinkKind.Trace, Input.TraceIds, "Input.TraceIds");
        CheckLinks(ProjectLinkKind.Period, Input.PeriodIds, "Input.PeriodIds");
        CheckLinks(ProjectLinkKind.Interview, Input.InterviewIds, "Input.InterviewIds");
        if ((project?.Version ?? 0) != Input.Version)
        {
            Stale(project?.Version ?? 0);
        }

        if (!ModelState.IsValid)
        {
            AddBlankSteps();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (project is null)
        {
            project = new ProfessionalProject { LearnerId = me, Version = 0 };
            db.ProfessionalProjects.Add(project);
        }

        project.Occupation = FormText.Clean(Input.Occupation);
        project.Sector = FormText.Clean(Input.Sector);
        project.FurtherStudies = FormText.Clean(Input.FurtherStudies);
        project.SelfKnowledge = FormText.Clean(Input.SelfKnowledge);
        var order = 0;
        foreach (var row in Input.Steps)
        {
            var step = row.Id is { } id ? known[id] : null;
            if (string.IsNullOrWhiteSpace(row.Description))
            {
                if (step is not null)
                {
                    project.Steps.Remove(step);
                }

                continue;
            }

            if (step is null)
            {
                step = new ProjectStep { ProjectId = project.Id, Description = "", AddedById = me, AddedAt = now };
                project.Steps.Add(step);
            }

            step.Description = row.Description.Trim();
            step.TargetOn = row.TargetOn;
            step.Done = row.Done;
            step.SortOrder = order++;
        }

        // Steps the form did not carry (added in an interview after it was opened) go after the learner's.
        foreach (var other in project.Steps.Where(s => Input.Steps.All(r => r.Id != s.Id) && known.ContainsKey(s.Id)))
        {
            other.SortOrder = order++;
        }

        project.Links.Clear();
        project.Links.AddRange(Input.TraceIds.Distinct().Select(id => new ProjectLink { ProjectId = project.Id, Kind = ProjectLinkKind.Trace, TargetId = id }));
        project.Links.AddRange(Input.PeriodIds.Distinct().Select(id => new ProjectLink { ProjectId = project.Id, Kind = ProjectLinkKind.Period, TargetId = id }));
        project.Links.AddRange(Input.InterviewIds.Distinct().Select(id => new ProjectLink { ProjectId = project.Id, Kind = ProjectLinkKind.Interview, TargetId = id }));
        project.Touch(me, now, ProjectChange.Edited);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Saved by someone else between the check and this save (the version or the learner's unique row).
            db.ChangeTracker.Clear();
            await LoadAsync();
            Stale(Current?.Project.Version ?? 0);
            AddBlankSteps();
            return Page();
        }

        TempData["Message"] = l["Projet professionnel enregistré."].Value;
        return RedirectToPage();
    }

    private void Stale(int currentVersion)
    {
        ModelState.AddMessage(l, string.Empty, new Message("Votre projet a été modifié entre-temps (dans un autre onglet, ou par un enseignant pendant un entretien). Rien n'a été enregistré : votre texte est toujours dans le formulaire. Relisez la version actuelle affichée plus bas, puis enregistrez de nouveau."));
        ModelState.Remove("Input.Version");
        Input.Version = currentVersion;
    }

    private void CheckLinks(ProjectLinkKind kind, List<Guid> ids, string key)
    {
        if (ids.Except(Choices.Where(c => c.Kind == kind).Select(c => c.Id)).Any())
        {
            ModelState.AddMessage(l, key, new Message("Choisissez parmi vos propres traces, périodes de PFMP et entretiens."));
        }
    }

    private async Task LoadAsync()
    {
        Current = await ProjectView.LoadAsync(db, User.UserId());
        Choices = await LinkChoices.LoadAsync(db, User.UserId());
    }

    private void AddBlankSteps()
    {
        for (var i = 0; i < BlankSteps; i++)
        {
            Input.Steps.Add(new StepInput());
        }
    }

    /// <summary>The step's provenance when a teacher added it in an interview.</summary>
    public ProjectStep? Known(Guid? id) => id is { } stepId ? Current?.Project.Steps.SingleOrDefault(s => s.Id == stepId) : null;

    public sealed class ProjectInput
    {
        public int Version { get; set; }

        [Display(Name = "Métier visé")]
        public string? Occupation { get; set; }

        [Display(Name = "Secteur d'activité")]
        public string? Sector { get; set; }

        [Display(Name = "Poursuite d'études envisagée")]
        public string? FurtherStudies { get; set; }

        [Display(Name = "Ce que j'ai appris sur moi")]
        public string? SelfKnowledge { get; set; }

        public List<StepInput> Steps { get; set; } = [];
        public List<Guid> TraceIds { get; set; } = [];
        public List<Guid> PeriodIds { get; set; } = [];
        public List<Guid> InterviewIds { get; set; } = [];
    }

    public sealed class StepInput
    {
        public Guid? Id { get; set; }
        public string? Description { get; set; }
        public DateOnly? TargetOn { get; set; }
        public bool Done { get; set; }
    }
}
