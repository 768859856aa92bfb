using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.FilRouge;
using Sillage.Domain.Certification;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Domain.Plan;
using Sillage.Domain.Teaching;
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
using Sillage.Web.Pages.Team;

namespace Sillage.Web.Pages;

/// <summary>Each role lands on what it has to do.</summary>
/// Each card's figure comes from the query of the page it links to (extracted there), never a copy of it.
public sealed class IndexModel(SillageDb db, CohortAccess access, PfmpAccess pfmp, SituationAccess situations, CertificationAccess certification,
    JuryAccess jury, TeamLoader team, PartnershipAccess partnerships, SchoolClock clock) : PageModel
{
    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];

    /// <summary>Staff: per cohort card, the compétences no teacher takes on (the team page's figure).</summary>
    public IReadOnlyDictionary<Guid, int> TeamGaps { get; private set; } = new Dictionary<Guid, int>();
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

    /// <summary>Direction: the establishment's PFMP periods, and the conventions waiting for the establishment's signature.</summary>
    public int PfmpPeriods { get; private set; }
    public int ConventionsForEstablishment { get; private set; }

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

    /// <summary>Learner: the applications logged in their search for a PFMP.</summary>
    public int PfmpApplications { get; private set; }

    /// <summary>Learner: the service of the fil-rouge company they work in today, and the user requests they have open.</summary>
    public DeskService? CurrentService { get; private set; }

    public int OpenRequests { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.ReadsDashboards() || User.IsInRole(Roles.Learner))
        {
            var id = User.UserId();
            var monday = Weekday.Monday(clock.Today);
            var saturday = monday.AddDays(5);
            Cohorts = await access.VisibleCohorts().AsNoTracking().Where(c => !c.Archived)
                .OrderByDescending(c => c.SchoolYear).ThenBy(c => c.Name)
                .Select(c => new CohortCard(c.Id, c.Name, c.SchoolYear, c.FrameworkId,
                    db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.ShortTitle ?? f.Title).Single(),
                    c.Members.Count(m => m.Role == CohortRole.Learner),
                    db.CohortMembers.Where(m => m.CohortId == c.Id && m.Role == CohortRole.Teacher)
                        .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u.FirstName + " " + u.LastName).ToList(),
                    c.Members.Any(m => m.PersonId == id && m.Role == CohortRole.Learner),
                    db.ClassSessions.Count(s => s.CohortId == c.Id && s.Date >= monday && s.Date <= saturday
                        && (s.GroupId == null || !c.Members.Any(m => m.PersonId == id && m.Role == CohortRole.Learner)
                            || c.Members.Any(m => m.PersonId == id && m.GroupId == s.GroupId))),
                    db.SessionAttendance.Count(a => a.LearnerId == id && a.Status == AttendanceStatus.Absent && !a.Justified
                        && db.ClassSessions.Any(s => s.Id == a.SessionId && s.CohortId == c.Id))))
                .ToListAsync();
        }

        var today = clock.Today;
        Today = clock.Today;
        if (User.ReadsDashboards())
        {
            TeamGaps = await team.GapCountsAsync([.. Cohorts.Select(c => c.Id)]);
        }

        if (User.IsStaff())
        {
            var learners = access.VisibleLearnerIds();
            await CountActionsAsync(db.AgreedActions.Where(a => a.DoneAt == null && learners.Contains(a.LearnerId)), today);
            await LoadStaffTasksAsync(learners);
            PartnershipEvents = await Partners.Events.IndexModel.InYear(partnerships.VisibleEvents(), Domain.Partners.PartnershipRules.SchoolYearOf(today)).CountAsync();
        }
        else if (User.IsInRole(Roles.Direction))
        {
            await LoadDirectionAsync();
        }
        else if (User.IsInRole(Roles.Learner))
        {
            var me = User.UserId();
            await CountActionsAsync(db.AgreedActions.Where(a => a.DoneAt == null && a.LearnerId == me), today);
            await LoadLearnerTasksAsync(me);
            // The learner's partnership events and PFMP applications, counted in one query.
            var events = partnerships.OwnEvents();
            var counts = await db.Users.Where(u => u.Id == me)
                .Select(u => new
                {
                    Events = events.Count(), Applications = db.PfmpApplications.Count(a => a.LearnerId == me),
                    Service = db.ServiceAssignments.Where(a => a.LearnerId == me && a.From <= today && a.To >= today).OrderByDescending(a => a.From).Select(a => (DeskService?)a.Service).FirstOrDefault(),
                    OpenRequests = db.UserRequests.Count(r => r.HandlerId == me && r.State != RequestState.Resolved && r.State != RequestState.Closed),
                }).SingleAsync();
            PartnershipEvents = counts.Events;
            PfmpApplications = counts.Applications;
            CurrentService = counts.Service;
            OpenRequests = counts.OpenRequests;
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

    private async Task LoadDirectionAsync()
    {
        var periods = pfmp.VisiblePeriods();
        PfmpPeriods = await periods.CountAsync();
        // Sent conventions are few at any time; who signed since the last sending is the domain's to say.
        var sent = await db.PfmpConventions.AsNoTracking().Include(c => c.Events)
            .Where(c => c.Status == ConventionStatus.Sent && periods.Any(p => p.Id == c.PeriodId)).ToListAsync();
        ConventionsForEstablishment = sent.Count(c => c.CanSign(ConventionParty.Establishment));
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
        List<string> Teachers, bool IsMyCohortAsLearner, int SessionsThisWeek, int UnjustifiedAbsences);
}
