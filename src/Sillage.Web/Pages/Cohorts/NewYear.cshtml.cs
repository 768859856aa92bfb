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
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Cohorts;

/// <summary>
/// "Nouvelle année scolaire": the référent closes a school year of their establishment in one step — the year's
/// cohorts archived (read-only, dossiers kept), next year's cohorts created (same référentiel version or a newer one,
/// teachers and groups carried over), learners who continue (two-year paths, repeaters) moved on. All or nothing.
/// </summary>
[Authorize(Policy = Policies.Management)]
public sealed class NewYearModel(SillageDb db, CohortAccess access, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Establishments { get; private set; } = [];
    public IReadOnlyList<string> Years { get; private set; } = [];
    public SchoolYearFrame? Frame { get; private set; }
    public IReadOnlyList<(Guid Id, string Label)> Frameworks { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<Learner>> Learners { get; private set; } = new Dictionary<Guid, IReadOnlyList<Learner>>();
    public IReadOnlyDictionary<Guid, (int Teachers, int Groups)> Sizes { get; private set; } = new Dictionary<Guid, (int, int)>();

    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public Guid? EstablishmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? FromYear { get; set; }

    [BindProperty]
    public List<DecisionInput> Decisions { get; set; } = [];

    /// <summary>"cohortId:learnerId" of each learner ticked as continuing.</summary>
    [BindProperty]
    public List<string> Continuing { get; set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Decisions = Defaults();
        return Page();
    }

    /// <summary>What the form proposes: each cohort archived and followed by a new one of the same name for the next
    /// year (the year in the name moved on), on the newest version of its référentiel, teachers and groups kept.</summary>
    private List<DecisionInput> Defaults() => Frame is not { } frame ? [] : frame.Cohorts.Select(c => new DecisionInput
    {
        CohortId = c.Id,
        Archive = true,
        Successor = "new",
        NewName = c.Name.Replace(frame.FromYear, frame.NextYear, StringComparison.Ordinal),
        NewFrameworkId = Frameworks.Where(f => frame.FrameworksFor(c).Contains(f.Id)).Select(f => (Guid?)f.Id).FirstOrDefault() ?? c.FrameworkId,
    }).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Frame is null)
        {
            ShowCurrentCohorts();
            return Page();
        }

        var decisions = Decisions.Select(d => d.ToDecision()).ToList();
        var names = Learners.Values.SelectMany(x => x).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var continuing = Continuing.Select(ParseContinuing).OfType<ContinuingLearner>()
            .Select(c => c with { Name = names.GetValueOrDefault(c.LearnerId, "?") }).ToList();
        var failures = SchoolYearTransition.Check(Frame, decisions, continuing);
        foreach (var failure in failures)
        {
            ModelState.AddMessage(l, failure.CohortIndex is { } i ? $"Decisions[{i}]" : "", failure.Message);
        }

        if (failures.Count > 0)
        {
            ShowCurrentCohorts();
            return Page();
        }

        var outcome = await SchoolYearApply.ApplyAsync(db, audit, EstablishmentId!.Value, Frame, decisions, continuing, clock.GetUtcNow().UtcDateTime);
        if (outcome is null)
        {
            ModelState.AddMessage(l, "", SchoolYearTransition.CohortsChanged);
            await LoadAsync();
            ShowCurrentCohorts();
            return Page();
        }

        TempData["Message"] = l["Année {0} close : {1} promotion(s) archivée(s), {2} créée(s), {3} apprenant(s) inscrit(s) pour {4}.",
            Frame.FromYear, outcome.Archived, outcome.Created, outcome.Continuing, Frame.NextYear].Value;
        return RedirectToPage("/Cohorts/Index");
    }

    /// <summary>After a refusal the form shows the référent's choices again, unless the year's cohorts changed meanwhile:
    /// then it shows the cohorts as they are now, with the proposed choices.</summary>
    private void ShowCurrentCohorts()
    {
        if (Frame is null || !Decisions.Select(d => d.CohortId).ToHashSet().SetEquals(Frame.Cohorts.Select(c => c.Id)) || Decisions.Count != Frame.Cohorts.Count)
        {
            Decisions = Defaults();
            Continuing = [];
            ModelState.Clear();
            ModelState.AddMessage(l, "", SchoolYearTransition.CohortsChanged);
        }
    }

    private static ContinuingLearner? ParseContinuing(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var cohort) && Guid.TryParse(parts[1], out var learner)
            ? new ContinuingLearner(learner, "", cohort)
            : null;
    }

    /// <summary>False when the address or the form names an establishment the user does not manage.</summary>
    private async Task<bool> LoadAsync()
    {
        var isAdmin = User.IsInRole(Roles.Admin);
        var own = isAdmin ? null : await access.EstablishmentAsync();
        Establishments = (await db.Establishments.AsNoTracking().Where(e => isAdmin || e.Id == own).OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name }).ToListAsync()).Select(e => (e.Id, e.Name)).ToList();
        if (EstablishmentId is { } asked && Establishments.All(e => e.Id != asked))
        {
            // Another establishment's id (or none that exists): 404, as for any id outside what the user manages.
            return false;
        }

        EstablishmentId ??= Establishments.Count == 1 || own is not null ? Establishments.FirstOrDefault().Id : null;

        if (EstablishmentId is not { } establishment || establishment == Guid.Empty)
        {
            EstablishmentId = null;
            return true;
        }

        var managed = access.ManagedCohorts().AsNoTracking().Where(c => c.EstablishmentId == establishment);
        Years = await managed.Where(c => !c.Archived).Select(c => c.SchoolYear).Distinct().OrderBy(y => y).ToListAsync();
        if (FromYear is null || !Years.Contains(FromYear))
        {
            FromYear = Years.FirstOrDefault();
        }

        if (FromYear is null)
        {
            return true;
        }

        var next = SchoolYearTransition.Next(FromYear)!;
        var cohorts = await managed.Where(c => !c.Archived && c.SchoolYear == FromYear).OrderBy(c => c.Name)
            .Select(c => new YearCohort(c.Id, c.Name, c.FrameworkId)).ToListAsync();
        var nextCohorts = await managed.Where(c => !c.Archived && c.SchoolYear == next).OrderBy(c => c.Name)
            .Select(c => new YearCohort(c.Id, c.Name, c.FrameworkId)).ToListAsync();
        var versions = await db.Frameworks.AsNoTracking().Where(f => f.Code != "crcn" && (f.EstablishmentId == null || f.EstablishmentId == establishment))
            .OrderByDescending(f => f.ImportedAt)
            .Select(f => new { f.Id, f.Code, f.ImportedAt, f.Title, f.Version }).ToListAsync();
        Frameworks = versions.Select(f => (f.Id, $"{f.Title} — {f.Version}")).ToList();

        var ids = cohorts.Select(c => c.Id).ToList();
        var members = await db.CohortMembers.AsNoTracking().Where(m => ids.Contains(m.CohortId))
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m.CohortId, m.Role, m.GroupId, u.Id, u.FirstName, u.LastName, u.DeactivatedAt, u.ErasedAt })
            .ToListAsync();
        var groups = await db.Groups.AsNoTracking().Where(g => ids.Contains(g.CohortId)).Select(g => new { g.Id, g.CohortId, g.Name }).ToListAsync();
        var learners = members.Where(m => m.Role == CohortRole.Learner && m.ErasedAt == null).ToList();
        Learners = ids.ToDictionary(id => id, id => (IReadOnlyList<Learner>)learners.Where(m => m.CohortId == id)
            .Select(m => new Learner(m.Id, $"{m.LastName.ToUpperInvariant()} {m.FirstName}", groups.FirstOrDefault(g => g.Id == m.GroupId)?.Name, m.DeactivatedAt != null))
            .OrderBy(m => m.Name, TextFolding.NameOrder).ToList());
        Sizes = ids.ToDictionary(id => id, id => (members.Count(m => m.CohortId == id && m.Role == CohortRole.Teacher), groups.Count(g => g.CohortId == id)));
        Frame = new SchoolYearFrame(FromYear, cohorts, nextCohorts,
            versions.Select(f => new FrameworkVersion(f.Id, f.Code, f.ImportedAt)).ToList(),
            ids.ToDictionary(id => id, id => (IReadOnlySet<Guid>)learners.Where(m => m.CohortId == id && m.DeactivatedAt == null).Select(m => m.Id).ToHashSet()));
        return true;
    }

    public sealed record Learner(Guid Id, string Name, string? Group, bool Deactivated);

    public sealed class DecisionInput
    {
        public Guid CohortId { get; set; }
        public bool Archive { get; set; }

        /// <summary>"new", "none", or the id of a cohort of the next year.</summary>
        public string Successor { get; set; } = "new";
        public string? NewName { get; set; }
        public Guid? NewFrameworkId { get; set; }
        public bool KeepTeachers { get; set; } = true;
        public bool KeepGroups { get; set; } = true;

        public CohortDecision ToDecision() => Successor switch
        {
            "new" => new(CohortId, Archive, SuccessorKind.New, NewName, NewFrameworkId, KeepTeachers: KeepTeachers, KeepGroups: KeepGroups),
            _ when Guid.TryParse(Successor, out var existing) => new(CohortId, Archive, SuccessorKind.Existing, ExistingId: existing, KeepTeachers: KeepTeachers, KeepGroups: KeepGroups),
            _ => new(CohortId, Archive, SuccessorKind.None),
        };
    }
}
