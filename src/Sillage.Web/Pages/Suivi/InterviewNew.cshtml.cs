using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Suivi;

/// <summary>Records an entretien formatif: what the learner explained, strengths, axes de progrès, agreed
/// actions with due dates, and optionally positionnements (context "entretien"). All in one transaction.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InterviewNewModel(SillageDb db, CohortAccess access, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const int ActionRows = 4;
    public const int PositionRows = 3;

    /// <summary>The length of the "other participants" column.</summary>
    public const int OtherParticipantsLength = 500;

    [BindProperty]
    public InterviewInput Input { get; set; } = new();

    public CohortSuivi Data { get; private set; } = null!;
    public CohortSuivi.Learner Learner { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Teachers { get; private set; } = [];

    /// <summary>The learner's projet professionnel, discussed in the interview; a step or note can be added to it.</summary>
    public Sillage.Web.Pages.Projet.ProjectView? Project { get; private set; }

    /// <summary>The learner's live traces, newest first: which ones were discussed.</summary>
    public IReadOnlyList<(Guid Id, string Title, DateOnly ActivityDate)> TraceChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.HeldOn = clock.Today;
        Input.ParticipantIds = [User.UserId()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var today = clock.Today;
        if (Input.HeldOn is not { } held || held > today || held < today.AddYears(-3))
        {
            ModelState.AddModelError("Input.HeldOn", l["La date de l'entretien doit être passée ou aujourd'hui."]);
        }

        if (string.IsNullOrWhiteSpace(Input.LearnerExplanation) && string.IsNullOrWhiteSpace(Input.Strengths) && string.IsNullOrWhiteSpace(Input.Improvements))
        {
            ModelState.AddModelError("Input.LearnerExplanation", l["Un entretien sans contenu n'est pas enregistré : notez au moins ce que l'apprenant a expliqué, ses points forts ou ses axes de progrès."]);
        }

        foreach (var field in new[] { Input.LearnerExplanation, Input.Strengths, Input.Improvements })
        {
            if (field?.Length > 10000)
            {
                ModelState.AddModelError(string.Empty, l["Un champ dépasse 10 000 caractères."]);
            }
        }

        if (Input.TraceIds.Except(TraceChoices.Select(t => t.Id)).Any())
        {
            ModelState.AddModelError("Input.TraceIds", l["Choisissez les traces discutées parmi celles du dossier de l'apprenant."]);
        }

        if (Input.ParticipantIds.Except(Teachers.Select(t => t.Id)).Any())
        {
            ModelState.AddModelError("Input.ParticipantIds", l["Choisissez les participants dans la liste."]);
        }

        var actions = Input.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Description)).ToList();
        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var action = Input.Actions[i];
            if (string.IsNullOrWhiteSpace(action.Description) && action.DueOn is not null)
            {
                ModelState.AddModelError($"Input.Actions[{i}].Description", l["Action {0} : une échéance sans description.", i + 1]);
            }
            else if (action.Description?.Length > 1000)
            {
                ModelState.AddModelError($"Input.Actions[{i}].Description", l["Action {0} : 1 000 caractères au plus.", i + 1]);
            }
            else if (action.DueOn is { } due && Input.HeldOn is { } heldOn && due < heldOn)
            {
                ModelState.AddModelError($"Input.Actions[{i}].DueOn", l["Action {0} : l'échéance précède l'entretien.", i + 1]);
            }
        }

        if (Input.OtherParticipants?.Trim().Length > OtherParticipantsLength)
        {
            ModelState.AddMessage(l, "Input.OtherParticipants", new Message("Les autres participants font 500 caractères au plus."));
        }

        var interviewId = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        var frame = PositioningForm.Frame(Data.Elements, Data.Scale, TraceChoices.Select(t => t.Id), today);
        var positions = new List<Assessment>();
        for (var i = 0; i < Input.Positions.Count; i++)
        {
            var p = Input.Positions[i];
            if (p.ElementId is null && p.Level is null)
            {
                continue;
            }

            // Observed on the day of the interview: that date is checked above with the interview's own rule.
            var request = new PositioningRequest(id, Data.Cohort.Id, p.ElementId, User.UserId(), AssessorRole.Teacher, p.Level, Input.HeldOn, AssessmentContext.Interview, p.Comment)
            {
                ContextId = interviewId,
            };
            var (assessment, failures) = Positioning.Create(request, frame, now);
            var index = i;
            ModelState.AddFailures(l, failures.Where(f => f.Field != PositioningField.ObservedOn), field => PositioningForm.Key($"Input.Positions[{index}].", field),
                (_, message) => new Message("Positionnement {0} : {1}", index + 1, message));
            if (assessment is not null)
            {
                positions.Add(assessment);
            }
        }

        var projectStep = FormText.Clean(Input.ProjectStep);
        if (projectStep is not null || Input.ProjectStepTargetOn is not null)
        {
            if (Project is null)
            {
                ModelState.AddMessage(l, "Input.ProjectStep", new Message("L'apprenant n'a pas encore rédigé son projet professionnel : rien ne peut y être ajouté."));
            }
            else
            {
                var p = Project.Project;
                var problems = Sillage.Domain.Career.ProjectRules.Check(p.Occupation, p.Sector, p.FurtherStudies, null,
                    [new(projectStep, Input.ProjectStepTargetOn, false, FromInterview: true)], today);
                foreach (var problem in problems)
                {
                    ModelState.AddMessage(l, problem.Field.EndsWith("TargetOn", StringComparison.Ordinal) ? "Input.ProjectStepTargetOn" : "Input.ProjectStep", problem.Text);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var interview = new Interview
        {
            Id = interviewId,
            LearnerId = id,
            CohortId = Data.Cohort.Id,
            AuthorId = User.UserId(),
            HeldOn = Input.HeldOn!.Value,
            OtherParticipants = FormText.Clean(Input.OtherParticipants),
            LearnerExplanation = FormText.Clean(Input.LearnerExplanation),
            Strengths = FormText.Clean(Input.Strengths),
            Improvements = FormText.Clean(Input.Improvements),
            CreatedAt = now,
        };
        interview.Participants.AddRange(Input.ParticipantIds.Append(User.UserId()).Distinct().Select(p => new InterviewParticipant { InterviewId = interview.Id, PersonId = p }));
        interview.Traces.AddRange(Input.TraceIds.Distinct().Select(t => new InterviewTrace { InterviewId = interview.Id, TraceId = t }));
        interview.Actions.AddRange(actions.Select(a => new AgreedAction
        {
            InterviewId = interview.Id,
            LearnerId = id,
            Description = a.Description!.Trim(),
            DueOn = a.DueOn,
            Owner = a.Owner,
        }));
        db.Interviews.Add(interview);
        db.Assessments.AddRange(positions);
        if (projectStep is not null)
        {
            // Saved with the interview: the project's version rises, so a form the learner opened before is refused.
            var project = await db.ProfessionalProjects.Include(p => p.Steps).SingleAsync(p => p.LearnerId == id);
            project.Steps.Add(new Sillage.Domain.Career.ProjectStep
            {
                ProjectId = project.Id, Description = projectStep, TargetOn = Input.ProjectStepTargetOn, InterviewId = interview.Id, InterviewHeldOn = interview.HeldOn,
                AddedById = User.UserId(), AddedAt = now, SortOrder = project.Steps.Select(s => s.SortOrder + 1).DefaultIfEmpty(0).Max(),
            });
            project.Touch(User.UserId(), now, Sillage.Domain.Career.ProjectChange.AddedInInterview, interview.Id);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddMessage(l, string.Empty, new Message("Le projet professionnel de l'apprenant vient d'être modifié : rien n'a été enregistré. Envoyez de nouveau le formulaire."));
            return Page();
        }

        TempData["Message"] = l["Entretien enregistré ({0} action(s), {1} positionnement(s)).", actions.Count, positions.Count].Value;
        return RedirectToPage("/Suivi/InterviewDetail", new { id = interview.Id });
    }

    private async Task<bool> LoadAsync(Guid learnerId)
    {
        // An archived cohort is read-only: nobody positions or interviews a learner through it any more.
        var cohortId = await access.LearnerCohortAsync(learnerId, active: true);
        if (cohortId is null || learnerId == User.UserId())
        {
            return false;
        }

        Data = (await CohortSuivi.ForLearnerAsync(db, cohortId.Value, learnerId))!;
        Learner = Data.Learners.Single();
        Teachers = (await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohortId && m.Role == CohortRole.Teacher)
                .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => new { u.Id, u.FirstName, u.LastName }).ToListAsync())
            .Select(u => (u.Id, $"{u.FirstName} {u.LastName}"))
            .Append((User.UserId(), User.FindFirst(Sillage.Web.Infrastructure.Auth.SillageClaimsFactory.NameClaim)?.Value ?? ""))
            .DistinctBy(t => t.Item1).ToList();
        TraceChoices = (await db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId && t.DeletedAt == null)
                .OrderByDescending(t => t.ActivityDate).Select(t => new { t.Id, t.Title, t.ActivityDate }).ToListAsync())
            .Select(t => (t.Id, t.Title, t.ActivityDate)).ToList();
        Project = await Sillage.Web.Pages.Projet.ProjectView.LoadAsync(db, learnerId, brief: true);
        while (Input.Actions.Count < ActionRows)
        {
            Input.Actions.Add(new ActionInput());
        }

        while (Input.Positions.Count < PositionRows)
        {
            Input.Positions.Add(new PositionRow());
        }

        return true;
    }

    public sealed class InterviewInput
    {
        [Display(Name = "Date de l'entretien")]
        [DataType(DataType.Date)]
        public DateOnly? HeldOn { get; set; }

        [Display(Name = "Enseignants présents")]
        public List<Guid> ParticipantIds { get; set; } = [];

        [Display(Name = "Traces discutées")]
        public List<Guid> TraceIds { get; set; } = [];

        [Display(Name = "Autres participants")]
        public string? OtherParticipants { get; set; }

        [Display(Name = "Ce que l'apprenant a expliqué")]
        public string? LearnerExplanation { get; set; }

        [Display(Name = "Points forts")]
        public string? Strengths { get; set; }

        [Display(Name = "Axes de progrès")]
        public string? Improvements { get; set; }

        [Display(Name = "Étape ou note à ajouter au projet professionnel")]
        public string? ProjectStep { get; set; }

        [Display(Name = "Date visée (facultative)")]
        [DataType(DataType.Date)]
        public DateOnly? ProjectStepTargetOn { get; set; }

        public List<ActionInput> Actions { get; set; } = [];
        public List<PositionRow> Positions { get; set; } = [];
    }

    public sealed class ActionInput
    {
        public string? Description { get; set; }
        public DateOnly? DueOn { get; set; }
        public ActionOwner Owner { get; set; } = ActionOwner.Learner;
    }

    public sealed class PositionRow
    {
        public Guid? ElementId { get; set; }
        public int? Level { get; set; }
        public string? Comment { get; set; }
    }
}
