using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Certification.Jury;
using Sillage.Web.Pages.Partners;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Pfmp.Tutor;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Situations;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages;

/// <summary>Each role lands on what it has to do.</summary>
/// Each card's figure comes from the query of the page it links to (extracted there), never a copy of it.
public sealed class IndexModel(SillageDb db, CohortAccess access, PfmpAccess pfmp, SituationAccess situations, CertificationAccess certification,
    JuryAccess jury, PartnershipAccess partnerships, SchoolClock clock) : PageModel
{
    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public int PendingInvitations { get; private set; }
    public int NeverInvited { get; private set; }
    public int Establishments { get; private set; }
    public int OutboxPending { get; private set; }
    public int OpenActions { get; private set; }
    public int LateActions { get; private set; }

    /// <summary>Staff: feedback requests not answered yet, learners idle for three weeks, dossiers by status.</summary>
    public int FeedbackWaiting { get; private set; }
    public int InactiveLearners { get; private set; }
    public int DossiersInProgress { get; private set; }
    public int DossiersSubmitted { get; private set; }

    /// <summary>Learner: situations under way and to come, the current or next PFMP period.</summary>
    public int CurrentSituations { get; private set; }
    public int UpcomingSituations { get; private set; }
    public NextPeriod? Placement { get; private set; }

    /// <summary>Tutor: conventions waiting for their signature, appraisals to write.</summary>
    public int ConventionsToSign { get; private set; }
    public int AppraisalsToWrite { get; private set; }
    public int TutoredLearnerCount { get; private set; }

    /// <summary>Jury: sessions open now, and the candidates of those whose grid this member has not filled.</summary>
    public int OpenSessions { get; private set; }
    public int GridsToFill { get; private set; }

    /// <summary>Staff: the school year's partnership events they see; learner: the events they took part in.</summary>
    public int PartnershipEvents { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.IsStaff() || User.IsInRole(Roles.Learner))
        {
            var id = User.UserId();
            Cohorts = await access.VisibleCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
                .Select(c => new CohortCard(c.Id, c.Name, c.SchoolYear, c.FrameworkId,
                    db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.ShortTitle ?? f.Title).Single(),
                    c.Members.Count(m => m.Role == CohortRole.Learner),
                    db.CohortMembers.Where(m => m.CohortId == c.Id && m.Role == CohortRole.Teacher)
                        .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u.FirstName + " " + u.LastName).ToList(),
                    c.Members.Any(m => m.PersonId == id && m.Role == CohortRole.Learner)))
                .ToListAsync();
        }

        var today = clock.Today;
        Today = clock.Today;
        if (User.IsStaff())
        {
            var learners = access.VisibleLearnerIds();
            await CountActionsAsync(db.AgreedActions.Where(a => a.DoneAt == null && learners.Contains(a.LearnerId)), today);
            await LoadStaffTasksAsync(learners);
            PartnershipEvents = await Partners.Events.IndexModel.InYear(partnerships.VisibleEvents(), Domain.Partners.PartnershipRules.SchoolYearOf(today)).CountAsync();
        }
        else if (User.IsInRole(Roles.Learner))
        {
            var me = User.UserId();
            await CountActionsAsync(db.AgreedActions.Where(a => a.DoneAt == null && a.LearnerId == me), today);
            await LoadLearnerTasksAsync(me);
            PartnershipEvents = await partnerships.OwnEvents().CountAsync();
        }

        if (User.IsInRole(Roles.Tutor))
        {
            var tutored = await TutoredLearners.LoadAsync(db, pfmp, Today);
            TutoredLearnerCount = tutored.Count;
            ConventionsToSign = tutored.Count(r => r.ToSign);
            AppraisalsToWrite = tutored.Count(r => r.ToAppraise);
        }

        if (User.IsInRole(Roles.Jury))
        {
            var open = (await JurySessions.LoadAsync(db, jury, clock.GetUtcNow().UtcDateTime)).Where(s => s.IsOpen).ToList();
            OpenSessions = open.Count;
            GridsToFill = open.Sum(s => s.Candidates.Count(c => !c.Evaluated));
        }

        if (User.IsManagement())
        {
            var people = access.ManagedPeople();
            PendingInvitations = await people.CountAsync(u => u.InvitedAt != null && u.ActivatedAt == null && u.DeactivatedAt == null);
            NeverInvited = await people.CountAsync(u => u.InvitedAt == null && u.ActivatedAt == null && u.DeactivatedAt == null);
        }

        if (User.IsInRole(Roles.Admin))
        {
            Establishments = await db.Establishments.CountAsync();
            OutboxPending = await db.OutboxEmails.CountAsync(e => e.SentAt == null);
        }
    }

    private async Task LoadStaffTasksAsync(IQueryable<Guid> learners)
    {
        FeedbackWaiting = await FeedbackQueue.Open(db, learners).CountAsync();
        var current = Cohorts.Select(c => c.Id).ToList();
        var currentLearners = await db.CohortMembers.Where(m => current.Contains(m.CohortId) && m.Role == CohortRole.Learner)
            .Select(m => m.PersonId).Distinct().ToListAsync();
        InactiveLearners = await LearnerActivity.InactiveCountAsync(db, currentLearners, clock.GetUtcNow().UtcDateTime);
        await CountDossiersAsync();
    }

    private async Task LoadLearnerTasksAsync(Guid me)
    {
        // A learner's assignments that are not over: a handful of rows, counted here in one query.
        var mine = await situations.AssignedLearners().Where(a => a.LearnerId == me && a.End >= Today)
            .Select(a => new { a.SituationId, a.Start }).ToListAsync();
        CurrentSituations = mine.Where(a => a.Start <= Today).Select(a => a.SituationId).Distinct().Count();
        UpcomingSituations = mine.Where(a => a.Start > Today).Select(a => a.SituationId).Distinct().Count();
        Placement = await pfmp.OwnPeriods().AsNoTracking().Where(p => p.End >= Today && p.Convention.Status != ConventionStatus.Refused)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { h.Name, p.Start, p.End, p.Convention.Status })
            .OrderBy(x => x.Start).Select(x => new NextPeriod(x.Name, x.Start, x.End, x.Status))
            .FirstOrDefaultAsync();
        await CountDossiersAsync();
    }

    /// <summary>The open agreed actions and, among them, the late ones: one query.</summary>
    private async Task CountActionsAsync(IQueryable<AgreedAction> open, DateOnly today)
    {
        var counts = await open.GroupBy(_ => 1).Select(g => new { Open = g.Count(), Late = g.Count(a => a.DueOn < today) }).SingleOrDefaultAsync();
        OpenActions = counts?.Open ?? 0;
        LateActions = counts?.Late ?? 0;
    }

    /// <summary>The certification dossiers the user reads (their own, or their cohorts' for staff), by status.</summary>
    private async Task CountDossiersAsync()
    {
        var byStatus = await certification.ReadableDossiers().GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        DossiersInProgress = byStatus.Where(x => x.Key == DossierStatus.Draft).Sum(x => x.Count);
        DossiersSubmitted = byStatus.Where(x => x.Key == DossierStatus.Submitted).Sum(x => x.Count);
    }

    public sealed record NextPeriod(string Host, DateOnly Start, DateOnly End, ConventionStatus Status);

    public sealed record CohortCard(Guid Id, string Name, string SchoolYear, Guid FrameworkId, string Framework, int Learners,
        List<string> Teachers, bool IsMyCohortAsLearner);
}
