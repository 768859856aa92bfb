using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Suivi;

/// <summary>A teacher positions one learner on a compétence or compétence détaillée, or corrects one of their
/// earlier positionnements (a correction is a new event).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PositionModel(SillageDb db, CohortAccess access, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public PositionInput Input { get; set; } = new();

    public CohortSuivi Data { get; private set; } = null!;
    public CohortSuivi.Learner Learner { get; private set; } = null!;
    public Assessment? Corrected { get; private set; }

    /// <summary>The learner's live traces that can be given as evidence; those linked to the element first.</summary>
    public IReadOnlyList<TraceChoice> TraceChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? element, Guid? corrige, Guid? trace, AssessmentContext? contexte)
    {
        if (!await LoadAsync(id, corrige, Corrected?.ElementId ?? element))
        {
            return NotFound();
        }

        if (trace is { } t && TraceChoices.Any(c => c.Id == t))
        {
            Input.TraceIds = [t];
        }

        Input.ElementId = Corrected?.ElementId ?? element;
        Input.Level = Corrected?.Level;
        Input.Context = Corrected?.Context ?? (contexte is { } asked && Enum.IsDefined(asked) ? asked : AssessmentContext.Situation);
        Input.ObservedOn = Corrected?.ObservedOn ?? clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? corrige)
    {
        if (!await LoadAsync(id, corrige, Input.ElementId))
        {
            return NotFound();
        }

        var request = new PositioningRequest(id, Data.Cohort.Id, Input.ElementId, User.UserId(), AssessorRole.Teacher, Input.Level, Input.ObservedOn, Input.Context, Input.Comment)
        {
            Evidence = Input.TraceIds,
            Corrects = Corrected,
        };
        var today = clock.Today;
        var (assessment, failures) = Positioning.Create(request, PositioningForm.Frame(Data.Elements, Data.Scale, TraceChoices.Select(c => c.Id), today), clock.GetUtcNow().UtcDateTime);
        ModelState.AddFailures(l, failures, field => PositioningForm.Key("Input.", field));
        if (assessment is null || !ModelState.IsValid)
        {
            return Page();
        }

        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        var element = Data.Elements.Single(e => e.Id == assessment.ElementId);
        TempData["Message"] = Corrected is null
            ? l["{0} positionné(e) sur {1} : {2}.", Learner.FirstName, element.Code, Data.Level(assessment.Level).Label].Value
            : l["Positionnement corrigé : {0}.", Data.Level(assessment.Level).Label].Value;
        return RedirectToPage("/Suivi/Competence", new { id, element = element.Id });
    }

    private async Task<bool> LoadAsync(Guid learnerId, Guid? corrects, Guid? elementId)
    {
        // An archived cohort is read-only: nobody positions or interviews a learner through it any more.
        var cohortId = await access.LearnerCohortAsync(learnerId, active: true);
        if (cohortId is null || learnerId == User.UserId())
        {
            return false;
        }

        Data = (await CohortSuivi.ForLearnerAsync(db, cohortId.Value, learnerId))!;
        Learner = Data.Learners.Single();
        if (corrects is { } correctedId)
        {
            var userId = User.UserId();
            var management = User.IsManagement();
            Corrected = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == correctedId && a.LearnerId == learnerId
                && a.CohortId == cohortId && (a.AssessorId == userId || management)
                && !db.Assessments.Any(c => c.CorrectsId == a.Id));
            if (Corrected is null)
            {
                return false;
            }
        }

        var linked = db.TraceCompetenceLinks.Where(k => k.ElementId == elementId || db.FrameworkElements.Any(e => e.Id == k.ElementId && e.ParentId == elementId)).Select(k => k.TraceId);
        TraceChoices = (await db.Traces.AsNoTracking().Where(t => t.LearnerId == learnerId && t.DeletedAt == null)
                .Select(t => new TraceChoice(t.Id, t.Title, t.ActivityDate, linked.Contains(t.Id)))
                .ToListAsync())
            .OrderByDescending(t => t.Linked).ThenByDescending(t => t.ActivityDate).ToList();
        return true;
    }

    public sealed record TraceChoice(Guid Id, string Title, DateOnly ActivityDate, bool Linked);

    public sealed class PositionInput
    {
        [Display(Name = "Compétence")]
        public Guid? ElementId { get; set; }

        [Display(Name = "Niveau")]
        public int? Level { get; set; }

        [Display(Name = "Observé le")]
        [DataType(DataType.Date)]
        public DateOnly? ObservedOn { get; set; }

        [Display(Name = "Contexte")]
        public AssessmentContext Context { get; set; } = AssessmentContext.Situation;

        [Display(Name = "Commentaire")]
        public string? Comment { get; set; }

        [Display(Name = "Preuves")]
        public List<Guid> TraceIds { get; set; } = [];
    }
}
