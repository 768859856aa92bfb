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
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Suivi;

/// <summary>After a situation, a teacher positions a whole group on one competence in a single grid
/// (a radio group per learner, usable with the keyboard). All rows are saved or none.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class BulkPositionModel(SillageDb db, CohortAccess access, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "element")]
    public Guid? ElementId { get; set; }

    [BindProperty(SupportsGet = true, Name = "groupe")]
    public Guid? GroupId { get; set; }

    [BindProperty]
    [Display(Name = "Observé le")]
    [DataType(DataType.Date)]
    public DateOnly? ObservedOn { get; set; }

    [BindProperty]
    [Display(Name = "Contexte")]
    public AssessmentContext Context { get; set; } = AssessmentContext.Situation;

    [BindProperty]
    public List<RowInput> Rows { get; set; } = [];

    public CohortSuivi Data { get; private set; } = null!;
    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public IReadOnlyList<CohortSuivi.Learner> Learners { get; private set; } = [];
    public FrameworkOutline.Element? Element { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ObservedOn = clock.Today;
        Rows = Learners.Select(x => new RowInput { LearnerId = x.Id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Element is null)
        {
            ModelState.AddModelError(nameof(ElementId), l["Choisissez la compétence à positionner."]);
            return Page();
        }

        var frame = PositioningForm.Frame(Data.Elements, Data.Scale, [], clock.Today);
        var now = clock.GetUtcNow().UtcDateTime;
        var learners = Learners.ToDictionary(x => x.Id);
        var assessments = new List<Assessment>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (!learners.TryGetValue(row.LearnerId, out var learner))
            {
                return NotFound();
            }

            if (row.Level is null)
            {
                continue;
            }

            var request = new PositioningRequest(row.LearnerId, id, Element.Id, User.UserId(), AssessorRole.Teacher, row.Level, ObservedOn, Context, row.Comment);
            var (assessment, failures) = Positioning.Create(request, frame, now);
            var index = i;
            ModelState.AddFailures(l, failures, field => field switch
            {
                // The date and the context are the grid's, shown once above it.
                PositioningField.ObservedOn => nameof(ObservedOn),
                PositioningField.Context => nameof(Context),
                _ => PositioningForm.Key($"Rows[{index}].", field),
            }, (field, message) => field is PositioningField.ObservedOn or PositioningField.Context ? message : new Message("{0} : {1}", learner.FirstName, message));
            if (assessment is not null)
            {
                assessments.Add(assessment);
            }
        }

        if (assessments.Count == 0 && Rows.All(r => r.Level is null))
        {
            ModelState.AddMessage(l, string.Empty, new Message("Aucun apprenant n'a de niveau choisi : rien n'a été enregistré."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Assessments.AddRange(assessments);
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} apprenant(s) positionné(s) sur {1}.", assessments.Count, Element.Code].Value;
        return RedirectToPage("/Suivi/HeatmapPage", new { id, groupe = GroupId });
    }

    private async Task<bool> LoadAsync(Guid cohortId)
    {
        // An archived cohort is read-only: its positionnements stay as they were when its year was closed.
        if (!await access.VisibleCohorts().AnyAsync(c => c.Id == cohortId && !c.Archived))
        {
            return false;
        }

        Data = (await CohortSuivi.LoadAsync(db, cohortId))!;
        Groups = await db.Groups.AsNoTracking().Where(g => g.CohortId == cohortId).OrderBy(g => g.Name).ToListAsync();
        Learners = Data.Learners.Where(x => GroupId is null || x.GroupId == GroupId).ToList();
        Element = Data.Elements.FirstOrDefault(e => e.Id == ElementId && e.Kind is ElementKind.Competence or ElementKind.DetailedCompetence);
        return true;
    }

    public sealed class RowInput
    {
        public Guid LearnerId { get; set; }
        public int? Level { get; set; }
        public string? Comment { get; set; }
    }
}
