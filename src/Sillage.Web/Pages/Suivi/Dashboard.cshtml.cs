using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Suivi;

/// <summary>The tableau de bord de suivi individuel (guide 3.3.2.3): per bloc and compétence the current level,
/// what is missing for certification, the progression, the CRCN competences exercised, interviews and open
/// actions. For the learner and the staff who follow them; printable.</summary>
[Authorize(Policy = Policies.SchoolDashboards)]
public sealed class DashboardModel(SillageDb db, CohortAccess access, SchoolClock clock, Sillage.Web.Infrastructure.Audit.AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "promotion")]
    public Guid? PreferredCohort { get; set; }

    public CohortSuivi Data { get; private set; } = null!;
    public CohortSuivi.Learner Learner { get; private set; } = null!;
    public Progression Progression { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Title, IReadOnlyList<string> From)> Crcn { get; private set; } = [];
    public IReadOnlyList<AgreedAction> OpenActions { get; private set; } = [];
    public IReadOnlyList<InterviewRow> Interviews { get; private set; } = [];
    public bool IsOwnDashboard { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Attendance at the cohort's sessions of the cahier de textes, up to today.</summary>
    public Sillage.Web.Data.Reads.AttendanceSummary? Attendance { get; private set; }

    /// <summary>The learner's PFMP (or an apprentice's company time) against the twelve weeks.</summary>
    public Sillage.Domain.Pfmp.PfmpCounting.Tally? Pfmp { get; private set; }
    public Guid CohortId { get; private set; }

    /// <summary>The learner's projet professionnel and Pix results: for the learner, the cohort's teachers and the
    /// référent; not for the direction.</summary>
    public bool ShowsProject { get; private set; }
    public Sillage.Web.Pages.Projet.ProjectView? Project { get; private set; }
    public Sillage.Web.Pages.Projet.PixView? Pix { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cohortId = await access.LearnerCohortAsync(id, PreferredCohort);
        if (cohortId is null)
        {
            return NotFound();
        }

        Data = (await CohortSuivi.ForLearnerAsync(db, cohortId.Value, id))!;
        Learner = Data.Learners.Single();
        IsOwnDashboard = User.UserId() == id;
        if (!IsOwnDashboard)
        {
            await audit.RecordReadAsync("suivi.dashboard-viewed", id);
        }

        Today = clock.Today;
        Progression = Progression.Compute(Data, id, Today);
        Crcn = await LoadCrcnAsync(id);
        ShowsProject = IsOwnDashboard || User.IsManagement() || User.IsInRole(Roles.Teacher);
        if (ShowsProject)
        {
            Project = await Sillage.Web.Pages.Projet.ProjectView.LoadAsync(db, id, brief: true);
            Pix = await Sillage.Web.Pages.Projet.PixView.LoadAsync(db, id);
        }
        OpenActions = await db.AgreedActions.AsNoTracking().Where(a => a.LearnerId == id && a.DoneAt == null)
            .OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ToListAsync();
        CohortId = cohortId.Value;
        Attendance = await Sillage.Web.Data.Reads.AttendanceSummary.ForLearnerAsync(db, cohortId.Value, id, Today);
        Pfmp = await Sillage.Web.Pages.Pfmp.LearnerPfmp.TallyAsync(db, id, Today);
        Interviews = await db.Interviews.AsNoTracking().Where(i => i.LearnerId == id && i.CohortId == cohortId)
            .OrderByDescending(i => i.HeldOn)
            .Select(i => new InterviewRow(i.Id, i.HeldOn, db.Users.Where(u => u.Id == i.AuthorId).Select(u => u.FirstName + " " + u.LastName).Single(),
                i.Actions.Count, i.Actions.Count(a => a.DoneAt == null)))
            .ToListAsync();
        return Page();
    }

    /// <summary>The CRCN competences the learner exercised: those mapped from the compétences they were positioned on.</summary>
    private async Task<IReadOnlyList<(string, string, IReadOnlyList<string>)>> LoadCrcnAsync(Guid learner)
    {
        var worked = Data.Competences.Where(c => Data.CompetenceLevel(learner, c).Level > 0).ToDictionary(c => c.Id, c => c.Code);
        if (worked.Count == 0)
        {
            return [];
        }

        var ids = worked.Keys.ToList();
        var mappings = await db.FrameworkMappings.AsNoTracking()
            .Where(m => ids.Contains(m.ElementId) && m.TargetFrameworkCode == "crcn")
            .Select(m => new { m.ElementId, m.TargetCode }).ToListAsync();
        var crcn = await db.Frameworks.AsNoTracking().Where(f => f.Code == "crcn").OrderByDescending(f => f.ImportedAt).Select(f => f.Id).FirstOrDefaultAsync();
        var titles = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == crcn && e.Kind == ElementKind.Competence)
            .ToDictionaryAsync(e => e.Code, e => e.Title);
        return mappings.GroupBy(m => m.TargetCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, titles.GetValueOrDefault(g.Key, ""), (IReadOnlyList<string>)g.Select(m => worked[m.ElementId]).Distinct().Order().ToList()))
            .ToList();
    }

    public sealed record InterviewRow(Guid Id, DateOnly HeldOn, string Author, int Actions, int OpenActions);
}
