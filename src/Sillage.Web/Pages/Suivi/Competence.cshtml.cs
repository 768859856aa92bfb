using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Suivi;

/// <summary>One learner on one compétence: the current level and how the rule reached it, every positionnement
/// (corrections included) with its author, context and evidence.</summary>
[Authorize(Policy = Policies.School)]
public sealed class CompetenceModel(SillageDb db, CohortAccess access) : PageModel
{
    public CohortSuivi Data { get; private set; } = null!;
    public CohortSuivi.Learner Learner { get; private set; } = null!;
    public FrameworkOutline.Element Element { get; private set; } = null!;
    public CompetenceState State { get; private set; } = CompetenceState.NotAssessed;
    public (int Level, bool Derived) Shown { get; private set; }
    public IReadOnlyList<(FrameworkOutline.Element Part, CompetenceState State)> Parts { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The learner's traces linked to this element (or to one of its compétences détaillées), newest first.</summary>
    public IReadOnlyList<SupportingTrace> Supporting { get; private set; } = [];

    /// <summary>Titles of the traces given as evidence of the positionnements (deleted ones included, marked).</summary>
    public IReadOnlyDictionary<Guid, (string Title, bool Deleted)> EvidenceTitles { get; private set; } = new Dictionary<Guid, (string, bool)>();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid element)
    {
        var cohortId = await access.LearnerCohortAsync(id);
        if (cohortId is null)
        {
            return NotFound();
        }

        Data = (await CohortSuivi.ForLearnerAsync(db, cohortId.Value, id))!;
        Learner = Data.Learners.Single();
        var found = Data.Elements.FirstOrDefault(e => e.Id == element && e.Kind is ElementKind.Competence or ElementKind.DetailedCompetence);
        if (found is null)
        {
            return NotFound();
        }

        Element = found;
        State = Data.State(id, element);
        var (level, derived, _) = Data.CompetenceLevel(id, Element);
        Shown = (level, derived);
        Parts = Data.Children(Element).Where(c => c.Kind == ElementKind.DetailedCompetence).Select(c => (c, Data.State(id, c.Id))).ToList();
        History = await db.Assessments.AsNoTracking()
            .Where(a => a.LearnerId == id && a.CohortId == cohortId && a.ElementId == element)
            .OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.RecordedAt)
            .Select(a => new HistoryRow(a.Id, a.AssessorId, a.AssessorRole, a.Level, a.Comment, a.Context, a.ObservedOn, a.RecordedAt, a.CorrectsId,
                a.Evidence.Select(e => e.TraceId).ToList()))
            .ToListAsync();
        var people = History.Select(h => h.AssessorId).Distinct().ToList();
        Names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FirstName + " " + u.LastName);
        var elementIds = Parts.Select(p => p.Part.Id).Append(element).ToList();
        Supporting = await db.TraceCompetenceLinks.AsNoTracking().Where(k => elementIds.Contains(k.ElementId))
            .Join(db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null), k => k.TraceId, t => t.Id,
                (k, t) => new { t.Id, t.Title, t.ActivityDate, k.ElementId, k.Justification, k.SelfLevel })
            .OrderByDescending(t => t.ActivityDate)
            .Select(t => new SupportingTrace(t.Id, t.Title, t.ActivityDate, t.ElementId, t.Justification, t.SelfLevel))
            .ToListAsync();
        var evidence = History.SelectMany(h => h.Evidence).Distinct().ToList();
        EvidenceTitles = await db.Traces.AsNoTracking().Where(t => evidence.Contains(t.Id) && t.LearnerId == id)
            .ToDictionaryAsync(t => t.Id, t => (t.Title, t.DeletedAt != null));
        return Page();
    }

    public bool CanCorrect(HistoryRow row) =>
        User.IsStaff() && (row.AssessorId == User.UserId() || User.IsManagement()) && !History.Any(h => h.CorrectsId == row.Id);

    public sealed record SupportingTrace(Guid TraceId, string Title, DateOnly ActivityDate, Guid ElementId, string Justification, int? SelfLevel);

    public sealed record HistoryRow(Guid Id, Guid AssessorId, AssessorRole Role, int Level, string? Comment, AssessmentContext Context,
        DateOnly ObservedOn, DateTime RecordedAt, Guid? CorrectsId, List<Guid> Evidence);
}
