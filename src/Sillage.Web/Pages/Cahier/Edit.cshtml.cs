using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Cahier;

/// <summary>
/// Records or changes a session of the cahier de textes. Opened from a day of the week view (date and start
/// filled in) or from a situation under way (its missions' compétences ticked). Refused with the reason, nothing
/// saved: a duration that does not fit the day, a day outside the cohort's dates or in the holidays, an overlap
/// with another session of one of its teachers or of the same learners, a form older than the session (two
/// teachers of a joint session editing it at once).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(SillageDb db, CahierAccess cahier, AuditLog audit, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const int DefaultMinutes = 120;

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public CahierCohort Cohort { get; private set; } = null!;
    public ClassSession? Session { get; private set; }
    public IReadOnlyList<CahierPerson> Teachers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Groups { get; private set; } = [];
    public FrameworkOutline Outline { get; private set; } = null!;
    public IReadOnlyList<SituationChoice> Situations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid cohortId, Guid? id, DateOnly? date, TimeOnly? start, Guid? situation, Guid? mission, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, id, cancellationToken))
        {
            return NotFound();
        }

        if (Session is not null)
        {
            Input = SessionInput.From(Session);
            return Page();
        }

        var me = User.UserId();
        var day = date ?? clock.Today;
        Input = new SessionInput
        {
            Date = day,
            Start = start ?? await NextStartAsync(day, cancellationToken),
            Duration = DefaultMinutes,
            TeacherIds = Teachers.Any(t => t.Id == me) ? [me] : [],
            InEnglish = Teachers.FirstOrDefault(t => t.Id == me)?.Subject?.Contains("ANGL", StringComparison.OrdinalIgnoreCase) == true,
        };
        var chosen = Situations.FirstOrDefault(s => s.Id == situation);
        if (chosen is not null)
        {
            Input.SituationId = chosen.Id;
            var fromMission = chosen.Missions.FirstOrDefault(m => m.Id == mission);
            Input.MissionId = fromMission?.Id;
            Input.ElementIds = (fromMission is null ? chosen.Missions.SelectMany(m => m.ElementIds) : fromMission.ElementIds)
                .Select(e => Outline.ShownAs.GetValueOrDefault(e)).OfType<Guid>().Distinct().ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, id, cancellationToken))
        {
            return NotFound();
        }

        // Ids the form could not have offered: another cohort's teacher, group, element, situation or mission.
        if (Input.TeacherIds.Any(t => Teachers.All(x => x.Id != t))
            || (Input.GroupId is { } g && Groups.All(x => x.Id != g))
            || Input.ElementIds.Any(e => Outline.Elements.All(x => x.Id != e))
            || (Input.SituationId is { } s && Situations.All(x => x.Id != s))
            || (Input.MissionId is { } m && Situations.SelectMany(x => x.Missions).All(x => x.Id != m)))
        {
            return NotFound();
        }

        Validate();
        if (Session is not null && Input.Version != Session.Version)
        {
            ModelState.AddModelError("", l["La séance a été modifiée entre-temps par {0} : rechargez la page pour repartir de sa dernière version (vos changements ne sont pas enregistrés).",
                await NameAsync(Session.UpdatedById, cancellationToken)]);
        }

        if (ModelState.IsValid)
        {
            await CheckRulesAsync(cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = Session;
        if (session is null)
        {
            session = new ClassSession { CohortId = Cohort.Cohort.Id, Content = "", CreatedAt = now, CreatedById = User.UserId() };
            db.ClassSessions.Add(session);
        }
        else
        {
            session.Version++;
        }

        Input.ApplyTo(session);
        session.UpdatedAt = now;
        session.UpdatedById = User.UserId();
        audit.Record(Session is null ? "cahier.session-created" : "cahier.session-updated", session.Id, $"{Cohort.Cohort.Name} {session.Date:yyyy-MM-dd} {session.Start:HH\\:mm}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["La séance a été modifiée entre-temps par quelqu'un d'autre : rechargez la page pour repartir de sa dernière version (vos changements ne sont pas enregistrés)."]);
            return Page();
        }

        TempData["Message"] = l["Séance du {0} enregistrée.", Display.Date(session.Date)].Value;
        return RedirectToPage("/Cahier/Session", new { id = session.Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid cohortId, Guid id, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cohortId, id, cancellationToken) || Session is null)
        {
            return NotFound();
        }

        if (version != Session.Version)
        {
            TempData["Message"] = l["La séance a été modifiée entre-temps : elle n'est pas supprimée. Vérifiez-la avant de recommencer."].Value;
            return RedirectToPage("/Cahier/Session", new { id });
        }

        db.ClassSessions.Remove(Session);
        audit.Record("cahier.session-deleted", Session.Id, $"{Cohort.Cohort.Name} {Session.Date:yyyy-MM-dd} {Session.Start:HH\\:mm}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Message"] = l["La séance a été modifiée entre-temps : elle n'est pas supprimée. Vérifiez-la avant de recommencer."].Value;
            return RedirectToPage("/Cahier/Session", new { id });
        }

        TempData["Message"] = l["Séance supprimée."].Value;
        return RedirectToPage("/Cahier/Index", new { cohortId, semaine = Session.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    private void Validate()
    {
        if (Input.Date is null)
        {
            ModelState.AddModelError("Input.Date", l["Saisissez la date de la séance."]);
        }

        if (Input.Start is null)
        {
            ModelState.AddModelError("Input.Start", l["Saisissez l'heure de début."]);
        }

        if (Input.Duration is null)
        {
            ModelState.AddModelError("Input.Duration", l["Saisissez la durée en minutes (120 pour deux heures)."]);
        }

        if (!Enum.IsDefined(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", l["Choisissez le type de séance."]);
        }

        if (Input.TeacherIds.Count == 0)
        {
            ModelState.AddModelError("Input.TeacherIds", l["Cochez au moins un enseignant."]);
        }
        else if (!Cohort.Manages && !Input.TeacherIds.Contains(User.UserId()))
        {
            ModelState.AddModelError("Input.TeacherIds", l["Vous faites partie des enseignants de la séance : cochez votre nom."]);
        }
        else if (Input.Kind == SessionKind.CoTeaching && Input.TeacherIds.Distinct().Count() < 2)
        {
            ModelState.AddModelError("Input.TeacherIds", l["Une co-intervention réunit au moins deux enseignants : cochez-les."]);
        }

        if (string.IsNullOrWhiteSpace(Input.Content))
        {
            ModelState.AddModelError("Input.Content", l["Décrivez en quelques mots ce qui a été fait."]);
        }
        else if (Input.Content.Trim().Length > ClassSession.MaxContentLength)
        {
            ModelState.AddModelError("Input.Content", l["Le contenu fait {0} caractères au plus.", ClassSession.MaxContentLength]);
        }

        if (Input.Homework?.Trim().Length > ClassSession.MaxHomeworkLength)
        {
            ModelState.AddModelError("Input.Homework", l["Le travail à faire fait {0} caractères au plus.", ClassSession.MaxHomeworkLength]);
        }

        if (Input.Kind == SessionKind.Speaker && string.IsNullOrWhiteSpace(Input.Speaker))
        {
            ModelState.AddModelError("Input.Speaker", l["Nommez l'intervenant extérieur (nom et organisation)."]);
        }
        else if (Input.Kind == SessionKind.Speaker && Input.Speaker!.Trim().Length > ClassSession.MaxSpeakerLength)
        {
            ModelState.AddModelError("Input.Speaker", l["Le nom de l'intervenant fait {0} caractères au plus.", ClassSession.MaxSpeakerLength]);
        }

        if (Input.MissionId is { } mission && Situations.FirstOrDefault(s => s.Id == Input.SituationId)?.Missions.Any(m => m.Id == mission) != true)
        {
            ModelState.AddModelError("Input.MissionId", l["Cette mission n'appartient pas à la situation choisie."]);
        }
    }

    private async Task CheckRulesAsync(CancellationToken cancellationToken)
    {
        var context = await cahier.ContextAsync(Cohort.Cohort, cancellationToken);
        var date = Input.Date!.Value;
        var teacherIds = Input.TeacherIds.Distinct().ToList();
        var cohortId = Cohort.Cohort.Id;
        var sameDay = await db.ClassSessions.AsNoTracking()
            .Where(s => s.Date == date && (s.CohortId == cohortId || s.Teachers.Any(t => teacherIds.Contains(t.TeacherId))))
            .Select(s => new
            {
                s.Id, s.CohortId, s.GroupId, s.Start, s.DurationMinutes,
                Cohort = db.Cohorts.Where(c => c.Id == s.CohortId).Select(c => c.Name).Single(),
                Group = db.Groups.Where(g => g.Id == s.GroupId).Select(g => g.Name).SingleOrDefault(),
                Teachers = s.Teachers.Select(t => t.TeacherId).ToList(),
            }).ToListAsync(cancellationToken);
        var names = Teachers.ToDictionary(t => t.Id, t => t.Name);
        var others = sameDay.Select(s => new SessionSlot(s.Id, s.CohortId, s.GroupId, date, s.Start, s.DurationMinutes,
            s.Teachers.Select(t => new SessionTeacher(t, names.GetValueOrDefault(t, ""))).ToList(), s.Group is null ? s.Cohort : $"{s.Cohort}, {s.Group}"));
        var candidate = new SessionSlot(Session?.Id ?? Guid.Empty, cohortId, Input.GroupId, date, Input.Start!.Value, Input.Duration!.Value,
            teacherIds.Select(t => new SessionTeacher(t, names[t])).ToList(), Cohort.Cohort.Name);
        foreach (var problem in SessionRules.Check(candidate, others, context.Dates, context.Holidays))
        {
            ModelState.AddMessage(l, "", problem);
        }
    }

    private async Task<TimeOnly> NextStartAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var cohortId = Cohort.Cohort.Id;
        var last = await db.ClassSessions.Where(s => s.CohortId == cohortId && s.Date == day)
            .Select(s => new { s.Start, s.DurationMinutes }).ToListAsync(cancellationToken);
        var end = last.Count == 0 ? new TimeOnly(8, 0) : last.Max(s => s.Start.AddMinutes(s.DurationMinutes));
        return end < new TimeOnly(8, 0) || end > new TimeOnly(19, 0) ? new TimeOnly(8, 0) : end;
    }

    private async Task<string> NameAsync(Guid? userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.FirstName + " " + u.LastName).SingleOrDefaultAsync(cancellationToken) ?? l["quelqu'un d'autre"];

    private async Task<bool> LoadAsync(Guid cohortId, Guid? id, CancellationToken cancellationToken)
    {
        var cohort = await cahier.CohortAsync(cohortId, cancellationToken);
        if (cohort is null || !cohort.CanRecord)
        {
            return false;
        }

        Cohort = cohort;
        if (id is { } sessionId)
        {
            Session = await db.ClassSessions.Include(s => s.Teachers).Include(s => s.Elements).AsSplitQuery()
                .SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId, cancellationToken);
            if (Session is null || !cahier.CanEdit(cohort, Session))
            {
                return false;
            }
        }

        Teachers = await cahier.TeachersAsync(cohortId, cancellationToken);
        Groups = await cahier.GroupsAsync(cohortId, cancellationToken);
        Outline = await cahier.OutlineAsync(cohort.Cohort.FrameworkId, cancellationToken);
        var assigned = db.SituationAssignments.Where(a => a.CohortId == cohortId).Select(a => a.SituationId);
        var situations = await db.Situations.AsNoTracking().Where(s => assigned.Contains(s.Id))
            .OrderBy(s => s.Code).ThenBy(s => s.Title)
            .Select(s => new
            {
                s.Id, s.Code, s.Title,
                Missions = s.Missions.Where(m => m.RemovedAt == null).OrderBy(m => m.SortOrder)
                    .Select(m => new { m.Id, m.Title, Elements = m.Competences.Select(c => c.ElementId).ToList() }).ToList(),
            }).AsSplitQuery().ToListAsync(cancellationToken);
        Situations = situations.Select(s => new SituationChoice(s.Id, s.Code is null ? s.Title : $"{s.Code} — {s.Title}",
            s.Missions.Select(m => new MissionChoice(m.Id, m.Title, m.Elements)).ToList())).ToList();
        return true;
    }

    public sealed record SituationChoice(Guid Id, string Title, IReadOnlyList<MissionChoice> Missions);

    public sealed record MissionChoice(Guid Id, string Title, IReadOnlyList<Guid> ElementIds);
}
