using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.FilRouge;
using Sillage.Domain.Organisations;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// The teacher's desk for a cohort: the queue with its filters, each learner's counts and times, the requests past
/// their priority's target, the learners' services; sending a request by hand or a situation's shipped set, now or
/// at a chosen time (<see cref="RequestReleaser"/>), and assigning learners to services for a period.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CohortModel(SillageDb db, DeskAccess access, ShippedDesks desks, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public string CohortName { get; private set; } = "";
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public DeskStats Stats { get; private set; } = new([], [], null, null);
    public IReadOnlyList<(Guid Id, string Name)> Learners { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Label)> People { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title, int Shipped)> Situations { get; private set; } = [];
    public IReadOnlyList<(string Learner, DeskService Service, DateOnly From, DateOnly To)> Assignments { get; private set; } = [];

    [FromQuery(Name = "etat")] public RequestState? StateFilter { get; set; }
    [FromQuery(Name = "service")] public DeskService? ServiceFilter { get; set; }
    [FromQuery(Name = "apprenant")] public Guid? LearnerFilter { get; set; }

    [BindProperty] public RequestInput Send { get; set; } = new();
    [BindProperty] public SetInput Set { get; set; } = new();
    [BindProperty] public AssignInput Assign { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Assign.From = clock.Today;
        Assign.To = clock.Today.AddDays(13);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var person = await RequesterAsync(Send.RequesterId);
        var sendAt = Send.SendAt is { } local ? clock.FromSchoolTime(local) : (DateTime?)null;
        foreach (var (field, message) in RequestRules.CheckNew(person?.Name, Send.Subject, Send.Description, Send.Category, Send.Priority, Send.Service, sendAt, now))
        {
            ModelState.AddMessage(l, $"{nameof(Send)}.{(field == "Requester" ? nameof(RequestInput.RequesterId) : field)}", message);
        }

        if (Send.SituationId is { } situation && !Situations.Any(s => s.Id == situation))
        {
            ModelState.AddMessage(l, $"{nameof(Send)}.{nameof(RequestInput.SituationId)}", new("Choisissez une situation de la liste."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = New(id, person!, Send.Subject!.Trim(), (Send.Description ?? "").Trim(), Send.Category!.Value, Send.Priority!.Value, Send.Service!.Value, Send.SituationId, null, sendAt ?? now, now);
        db.UserRequests.Add(request);
        audit.Record("desk.request-sent", request.Id, request.Subject);
        await db.SaveChangesAsync();
        TempData["Message"] = request.IsReleased ? l["Demande envoyée."].Value : l["Demande programmée pour le {0}.", clock.ToSchoolTime(request.SendAt).ToString("g", System.Globalization.CultureInfo.CurrentCulture)].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSendSetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var offered = Situations.Select(x => x.Id).ToList();
        var situation = await db.Situations.Where(s => s.Id == Set.SituationId && offered.Contains(s.Id)).Select(s => new { s.Id, s.Code, s.OrganisationId }).SingleOrDefaultAsync();
        var shipped = desks.ForSituation(situation?.Code);
        if (situation is null || shipped.Count == 0)
        {
            ModelState.AddMessage(l, $"{nameof(Set)}.{nameof(SetInput.SituationId)}", new("Choisissez une situation qui a des demandes prêtes à envoyer."));
        }

        if (Set.SpacingMinutes is < 0 or > 7 * 24 * 60)
        {
            ModelState.AddMessage(l, $"{nameof(Set)}.{nameof(SetInput.SpacingMinutes)}", new("L'intervalle va de 0 à {0} minutes.", 7 * 24 * 60));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var start = Set.SendAt is { } local ? clock.FromSchoolTime(local) : now;
        var sent = await db.UserRequests.Where(r => r.CohortId == id && r.ShippedCode != null).Select(r => r.ShippedCode!).ToListAsync();
        var people = await db.OrganisationPeople.Where(p => p.OrganisationId == situation!.OrganisationId).ToListAsync();
        var added = 0;
        foreach (var item in shipped.Where(r => !sent.Contains(r.Code)))
        {
            var person = people.FirstOrDefault(p => p.Name == item.Requester) ?? new OrganisationPerson { Name = item.Requester, Role = "" };
            db.UserRequests.Add(New(id, person, item.Subject, item.Description, item.Category, item.Priority, item.Service, situation!.Id, item.Code,
                start.AddMinutes(added * (Set.SpacingMinutes ?? 0)), now));
            added++;
        }

        audit.Record("desk.request-set-sent", situation!.Id, added.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync();
        TempData["Message"] = l["{0} demande(s) envoyée(s) ou programmée(s) ; celles déjà envoyées à la promotion ne le sont pas deux fois.", added].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Assign.LearnerId is not { } learner || !Learners.Any(x => x.Id == learner))
        {
            ModelState.AddMessage(l, $"{nameof(Assign)}.{nameof(AssignInput.LearnerId)}", new("Choisissez un apprenant de la promotion."));
            return Page();
        }

        var existing = (await db.ServiceAssignments.Where(a => a.LearnerId == learner && a.CohortId == id).Select(a => new { a.From, a.To }).ToListAsync()).Select(a => (a.From, a.To));
        foreach (var problem in ServiceAssignment.Check(Assign.Service, Assign.From, Assign.To, existing))
        {
            ModelState.AddMessage(l, nameof(Assign), problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assignment = new ServiceAssignment
        {
            CohortId = id, LearnerId = learner, Service = Assign.Service!.Value, From = Assign.From!.Value, To = Assign.To!.Value,
            AssignedById = access.UserId, AssignedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ServiceAssignments.Add(assignment);
        audit.Record("desk.service-assigned", learner, assignment.Service.ToString());
        await db.SaveChangesAsync();
        TempData["Message"] = l["Apprenant affecté au service {0}.", DeskLabels.Of(l, assignment.Service)].Value;
        return RedirectToPage(new { id });
    }

    private UserRequest New(Guid cohortId, OrganisationPerson person, string subject, string description, RequestCategory category, RequestPriority priority,
        DeskService service, Guid? situationId, string? shippedCode, DateTime sendAt, DateTime now) => new()
    {
        CohortId = cohortId, SituationId = situationId, RequesterId = person.OrganisationId == Guid.Empty ? null : person.Id, RequesterName = person.Name,
        RequesterRole = string.IsNullOrEmpty(person.Role) ? null : person.Role, RequesterSite = person.Site, Subject = subject, Description = description,
        Category = category, Priority = priority, Service = service, ShippedCode = shippedCode, CreatedAt = now, CreatedById = access.UserId,
        SendAt = sendAt, ReleasedAt = sendAt <= now ? sendAt : null,
    };

    private Task<OrganisationPerson?> RequesterAsync(Guid? personId) =>
        personId is { } p && People.Any(x => x.Id == p) ? db.OrganisationPeople.SingleOrDefaultAsync(x => x.Id == p) : Task.FromResult<OrganisationPerson?>(null);

    private async Task<bool> LoadAsync(Guid id)
    {
        var cohort = await access.StaffCohorts().Where(c => c.Id == id).Select(c => new { c.Name, c.EstablishmentId }).SingleOrDefaultAsync();
        if (cohort is null)
        {
            return false;
        }

        CohortName = cohort.Name;
        var today = clock.Today;
        var learners = await (from m in db.CohortMembers
                              where m.CohortId == id && m.Role == CohortRole.Learner
                              join u in db.Users on m.PersonId equals u.Id
                              orderby u.LastName, u.FirstName, u.Id
                              select new { u.Id, Name = u.FirstName + " " + u.LastName }).ToListAsync();
        Learners = learners.Select(x => (x.Id, x.Name)).ToList();
        var assignments = await db.ServiceAssignments.Where(a => a.CohortId == id).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync();
        var names = learners.ToDictionary(x => x.Id, x => x.Name);
        Assignments = assignments.Where(a => names.ContainsKey(a.LearnerId)).Select(a => (names[a.LearnerId], a.Service, a.From, a.To)).ToList();
        People = (await db.OrganisationPeople.Where(p => db.Organisations.Any(o => o.Id == p.OrganisationId && o.Kind == OrganisationKind.FilRouge
                        && (o.EstablishmentId == null || o.EstablishmentId == cohort.EstablishmentId)))
                    .OrderBy(p => p.OrganisationId).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Role, p.Site }).ToListAsync())
            .Select(p => (p.Id, p.Site is null ? $"{p.Name} — {p.Role}" : $"{p.Name} — {p.Role} ({p.Site})")).ToList();
        var situations = await db.Situations.Where(s => s.EstablishmentId == null || s.EstablishmentId == cohort.EstablishmentId)
            .Where(s => db.SituationAssignments.Any(a => a.CohortId == id && a.SituationId == s.Id) || (s.Code != null && s.EstablishmentId == null))
            .OrderBy(s => s.Title).ThenBy(s => s.Id).Select(s => new { s.Id, s.Title, s.Code }).ToListAsync();
        Situations = situations.Select(s => (s.Id, s.Title, desks.ForSituation(s.Code).Count)).ToList();

        var requests = await db.UserRequests.AsNoTracking().AsSplitQuery().Include(r => r.Entries).Where(r => r.CohortId == id).ToListAsync();
        Stats = DeskStats.Of(requests, learners.Select(x => (x.Id, x.Name, assignments.Where(a => a.LearnerId == x.Id && a.Covers(today)).Select(a => (DeskService?)a.Service).FirstOrDefault())).ToList(), clock.GetUtcNow().UtcDateTime);
        var filtered = db.UserRequests.Where(r => r.CohortId == id);
        filtered = StateFilter is { } state ? filtered.Where(r => r.State == state) : filtered;
        filtered = ServiceFilter is { } service ? filtered.Where(r => r.Service == service) : filtered;
        filtered = LearnerFilter is { } learner ? filtered.Where(r => r.HandlerId == learner) : filtered;
        Rows = await IndexModel.Queue(db, filtered).ToListAsync();
        return true;
    }

    public sealed class RequestInput
    {
        public Guid? RequesterId { get; set; }
        public Guid? SituationId { get; set; }
        public string? Subject { get; set; }
        public string? Description { get; set; }
        public RequestCategory? Category { get; set; }
        public RequestPriority? Priority { get; set; } = RequestPriority.Normal;
        public DeskService? Service { get; set; } = DeskService.SupportFormation;

        /// <summary>School time; empty = now.</summary>
        public DateTime? SendAt { get; set; }
    }

    public sealed class SetInput
    {
        public Guid? SituationId { get; set; }
        public DateTime? SendAt { get; set; }
        public int? SpacingMinutes { get; set; }
    }

    public sealed class AssignInput
    {
        public Guid? LearnerId { get; set; }
        public DeskService? Service { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
    }
}
