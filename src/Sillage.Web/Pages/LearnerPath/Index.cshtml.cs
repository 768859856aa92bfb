using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Data.Reads;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.LearnerPath;

/// <summary>
/// A learner's path (parcours): status (scolaire, apprenti, formation continue — proposed from SIECLE's ST/AP), the
/// bac they come from, prior experience, the entry positioning, the parts of the plan waived for them, an
/// apprentice's contracts, the company time against the twelve weeks, and an adult's hours with their certificate
/// of training. The référent (and administrator) edits; the cohort's teachers and the direction read; the learner
/// reads their own.
/// </summary>
[Authorize(Policy = Policies.SchoolDashboards)]
[EnableRateLimiting(RateLimits.JobStart)]
[RateLimitedHandlers("Certificate")]
public sealed class IndexModel(SillageDb db, CohortAccess access, AuditLog audit, SchoolClock clock, JobQueue jobs, IStringLocalizer<Text> l) : PageModel
{
    public sealed record ContractRow(Guid Id, string Host, DateOnly Start, DateOnly End, WorkWeek Days, Alternation Alternation, string? Master, string? Number);

    public sealed record AdjustmentRow(Guid Id, string What, string Reason, string? By, DateTime At);

    public Guid LearnerId { get; private set; }
    public string LearnerName { get; private set; } = "";
    public string? SiecleStatus { get; private set; }
    public Guid CohortId { get; private set; }
    public string CohortName { get; private set; } = "";
    public bool IsOwn { get; private set; }
    public bool CanEdit { get; private set; }
    public LearnerProfile Profile { get; private set; } = new();
    public bool HasProfile { get; private set; }
    public int EntryPositionings { get; private set; }
    public IReadOnlyList<AdjustmentRow> Adjustments { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Situations { get; private set; } = [];
    public IReadOnlyList<ContractRow> Contracts { get; private set; } = [];
    public PfmpCounting.Tally Pfmp { get; private set; } = null!;
    /// <summary>An adult's hours; null for other learners (the page shows them for continuing education only).</summary>
    public TrainingRecord? Hours { get; private set; }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [BindProperty]
    public AdjustmentInput Adjustment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ProfileInput.From(Profile, HasProfile ? null : SiecleStatus);
        if (!IsOwn)
        {
            await audit.RecordReadAsync("path.viewed", id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        foreach (var (field, message) in LearnerProfile.Check(Input.Status, Input.PriorDiploma, Input.PriorDiplomaDetail, Input.PriorExperience, Input.Funder, Input.PlannedHours))
        {
            ModelState.AddMessage(l, $"Input.{field}", message);
        }

        if (HasProfile ? Input.Version != Profile.Version : Input.Version != Guid.Empty)
        {
            ModelState.AddModelError(string.Empty, l["Le profil a été modifié par quelqu'un d'autre depuis l'affichage de la page : rechargez-la, vos saisies sont encore dans le formulaire."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!HasProfile)
        {
            db.LearnerProfiles.Add(Profile);
        }

        Profile.Apply(Input.Status, Input.PriorDiploma, Input.PriorDiplomaDetail, Input.PriorExperience, Input.Funder, Input.PlannedHours);
        Profile.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        Profile.UpdatedById = User.UserId();
        Profile.Version = Guid.NewGuid();
        audit.Record("path.profile-saved", id, Profile.Status.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (ModelState.IsValid)
        {
            // Another référent saved first (a concurrent first profile, or the version moved under this one).
            ModelState.AddModelError(string.Empty, l["Le profil a été modifié par quelqu'un d'autre depuis l'affichage de la page : rechargez-la, vos saisies sont encore dans le formulaire."]);
            return Page();
        }

        TempData["Message"] = l["Profil enregistré."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var situation = Adjustment.SituationId;
        if (situation is { } chosen && Situations.All(s => s.Id != chosen))
        {
            ModelState.AddMessage(l, "Adjustment.SituationId", new Message("Choisissez une situation du plan de la promotion."));
        }

        foreach (var (field, message) in PathAdjustment.Check(situation, Adjustment.Part, Adjustment.Reason))
        {
            ModelState.AddMessage(l, $"Adjustment.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            Input = ProfileInput.From(Profile, HasProfile ? null : SiecleStatus);
            return Page();
        }

        db.PathAdjustments.Add(new PathAdjustment
        {
            LearnerId = id, CohortId = CohortId, SituationId = situation, Part = FormText.Clean(Adjustment.Part), Reason = Adjustment.Reason!.Trim(),
            CreatedById = User.UserId(), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("path.adjustment-added", id);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Aménagement du parcours enregistré."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAdjustmentAsync(Guid id, Guid adjustmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var removed = await db.PathAdjustments.Where(a => a.Id == adjustmentId && a.LearnerId == id && a.CohortId == CohortId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return NotFound();
        }

        audit.Record("path.adjustment-removed", id);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = l["Aménagement retiré."].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Queues the certificate of training (PDF) of an adult learner; the job page offers it when ready.</summary>
    public async Task<IActionResult> OnPostCertificateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        if (Profile.Status != LearnerStatus.Continuing)
        {
            ModelState.AddModelError(string.Empty, l["L'attestation de formation concerne les apprenants en formation continue."]);
            Input = ProfileInput.From(Profile, HasProfile ? null : SiecleStatus);
            return Page();
        }

        var job = jobs.Enqueue(TrainingCertificateJob.JobKind, new Message("Attestation de formation — {0}", LearnerName),
            new TrainingCertificateJob.Payload(id, CohortId), User.UserId());
        audit.Record("path.certificate-requested", id);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Jobs/Detail", new { id = job.Id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.LearnerCohortAsync(id) is not { } cohortId)
        {
            return false;
        }

        var learner = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.FirstName, u.LastName, u.SchoolStatus }).SingleAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Name, c.Archived, c.FrameworkId, c.EstablishmentId }).SingleAsync(cancellationToken);
        LearnerId = id;
        LearnerName = $"{learner.FirstName} {learner.LastName}";
        SiecleStatus = learner.SchoolStatus;
        CohortId = cohortId;
        CohortName = cohort.Name;
        IsOwn = User.UserId() == id;
        CanEdit = !cohort.Archived && !IsOwn && await access.ManagedCohorts().AnyAsync(c => c.Id == cohortId, cancellationToken);
        var profile = await db.LearnerProfiles.SingleOrDefaultAsync(p => p.LearnerId == id, cancellationToken);
        HasProfile = profile is not null;
        Profile = profile ?? new LearnerProfile { LearnerId = id, Status = LearnerProfile.FromSiecle(learner.SchoolStatus), Version = Guid.Empty };
        EntryPositionings = await db.Assessments.CountAsync(a => a.LearnerId == id && a.CohortId == cohortId && a.Context == AssessmentContext.Entry, cancellationToken);
        Situations = (await db.Situations.AsNoTracking().Where(s => s.FrameworkId == cohort.FrameworkId && (s.EstablishmentId == null || s.EstablishmentId == cohort.EstablishmentId))
            .OrderBy(s => s.Code).ThenBy(s => s.Title).Select(s => new { s.Id, s.Code, s.Title }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Code is null ? s.Title : $"{s.Code} — {s.Title}")).ToList();
        var adjustments = await db.PathAdjustments.AsNoTracking().Where(a => a.LearnerId == id && a.CohortId == cohortId).OrderBy(a => a.CreatedAt)
            .Select(a => new
            {
                a.Id, a.Part, a.Reason, a.CreatedAt, Situation = db.Situations.Where(s => s.Id == a.SituationId).Select(s => s.Title).FirstOrDefault(),
                By = db.Users.Where(u => u.Id == a.CreatedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        Adjustments = adjustments.Select(a => new AdjustmentRow(a.Id, a.Situation is null ? a.Part ?? "" : a.Part is null ? a.Situation : $"{a.Situation} — {a.Part}", a.Reason, a.By, a.CreatedAt)).ToList();
        Contracts = (await db.PfmpPeriods.AsNoTracking().Where(p => p.LearnerId == id && p.Kind == PfmpKind.Apprenticeship).OrderBy(p => p.Start)
            .Select(p => new
            {
                p.Id, p.Start, p.End, p.WorkingDays, p.AlternationCompanyWeeks, p.AlternationSchoolWeeks, p.ContractNumber,
                Host = db.HostOrganisations.Where(h => h.Id == p.HostOrganisationId).Select(h => h.Name).Single(),
                Master = db.HostContacts.Where(c => c.Id == p.TutorContactId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault(),
            }).ToListAsync(cancellationToken))
            .Select(p => new ContractRow(p.Id, p.Host, p.Start, p.End, p.WorkingDays, new Alternation(p.AlternationCompanyWeeks, p.AlternationSchoolWeeks), p.Master, p.ContractNumber)).ToList();
        var today = clock.Today;
        Pfmp = await LearnerPfmp.TallyAsync(db, id, today, cancellationToken);
        Hours = Profile.Status == LearnerStatus.Continuing
            ? await TrainingHoursAsync(db, id, cohortId, Profile.PlannedHours, Pfmp, today, cancellationToken)
            : null;
        return true;
    }

    /// <summary>The hours an adult followed: the cahier's sessions less absences and lateness, and the company days done.</summary>
    public static async Task<TrainingRecord> TrainingHoursAsync(SillageDb db, Guid learnerId, Guid cohortId, int? plannedHours, PfmpCounting.Tally tally,
        DateOnly today, CancellationToken cancellationToken)
    {
        var attendance = await AttendanceSummary.ForLearnerAsync(db, cohortId, learnerId, today, cancellationToken);
        var ids = tally.Periods.Select(p => p.PeriodId).ToList();
        var rhythms = await db.PfmpPeriods.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.WeeklyHours, p.WorkingDays }).ToListAsync(cancellationToken);
        var company = tally.Periods.Sum(t => rhythms.Where(r => r.Id == t.PeriodId)
            .Sum(r => TrainingRecord.CompanyHoursOf(t.DoneDays, r.WeeklyHours, WorkWeeks.Days.Count(d => r.WorkingDays.HasFlag(d.Day)))));
        return new TrainingRecord(attendance?.HoursDue ?? 0, attendance?.HoursMissed ?? 0, attendance?.LateMinutes ?? 0, company, plannedHours);
    }

    public sealed class ProfileInput
    {
        [Display(Name = "Statut")]
        public LearnerStatus Status { get; set; }

        [Display(Name = "Diplôme d'origine")]
        public PriorDiploma PriorDiploma { get; set; }

        [Display(Name = "Spécialité ou autre diplôme")]
        public string? PriorDiplomaDetail { get; set; }

        [Display(Name = "Expérience antérieure (emplois, stages, bénévolat…)")]
        public string? PriorExperience { get; set; }

        [Display(Name = "Financeur (formation continue)")]
        public string? Funder { get; set; }

        [Display(Name = "Heures de formation prévues (formation continue)")]
        public int? PlannedHours { get; set; }

        public Guid Version { get; set; }

        /// <summary>The form of a profile; a learner without one gets the status SIECLE gives.</summary>
        public static ProfileInput From(LearnerProfile profile, string? siecleStatus) => new()
        {
            Status = siecleStatus is null ? profile.Status : LearnerProfile.FromSiecle(siecleStatus),
            PriorDiploma = profile.PriorDiploma,
            PriorDiplomaDetail = profile.PriorDiplomaDetail,
            PriorExperience = profile.PriorExperience,
            Funder = profile.Funder,
            PlannedHours = profile.PlannedHours,
            Version = profile.Version,
        };
    }

    public sealed class AdjustmentInput
    {
        [Display(Name = "Situation aménagée")]
        public Guid? SituationId { get; set; }

        [Display(Name = "Ou partie du parcours aménagée")]
        public string? Part { get; set; }

        [Display(Name = "Raison")]
        public string? Reason { get; set; }
    }
}
