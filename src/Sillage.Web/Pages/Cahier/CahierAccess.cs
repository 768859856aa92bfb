using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Calendar;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Plan;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Cahier;

/// <summary>
/// Who reaches a cohort's cahier de textes and what they may do: everyone who sees the cohort reads it (a learner
/// only the whole cohort's sessions and their own group's, never the others' attendance); its teachers, the
/// référent and the administrator record sessions and attendance while the cohort is not archived. A teacher
/// edits a session they take part in; the référent any session of the cohorts they manage.
/// </summary>
public sealed class CahierAccess(SillageDb db, CohortAccess access, IHttpContextAccessor http)
{
    private System.Security.Claims.ClaimsPrincipal User => http.HttpContext!.User;

    public async Task<CahierCohort?> CohortAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var cohort = await access.VisibleCohorts().AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return null;
        }

        var me = User.UserId();
        var membership = await db.CohortMembers.AsNoTracking().Where(m => m.CohortId == cohortId && m.PersonId == me)
            .Select(m => new { m.Role, m.GroupId }).FirstOrDefaultAsync(cancellationToken);
        var manages = User.IsManagement() && await access.ManagedCohorts().AnyAsync(c => c.Id == cohortId, cancellationToken);
        var teaches = membership?.Role == CohortRole.Teacher;
        var isLearner = membership?.Role == CohortRole.Learner && !manages && !teaches;
        return new CahierCohort(cohort, manages, teaches, isLearner, isLearner ? membership!.GroupId : null,
            CanRecord: !cohort.Archived && (manages || teaches));
    }

    /// <summary>The sessions of the cohort this user reads.</summary>
    public IQueryable<ClassSession> Sessions(CahierCohort cohort)
    {
        var sessions = db.ClassSessions.Where(s => s.CohortId == cohort.Cohort.Id);
        if (cohort.IsLearner)
        {
            var group = cohort.LearnerGroupId;
            sessions = sessions.Where(s => s.GroupId == null || s.GroupId == group);
        }

        return sessions;
    }

    public bool CanEdit(CahierCohort cohort, ClassSession session) =>
        cohort.CanRecord && (cohort.Manages || session.Teachers.Any(t => t.TeacherId == User.UserId()));

    public async Task<CohortContext> ContextAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Blocks).Include(p => p.PfmpBlocks).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.CohortId == cohort.Id, cancellationToken);
        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == cohort.EstablishmentId).OrderBy(h => h.Start).ToListAsync(cancellationToken);
        var calendar = plan is null ? null : PlanCalendar.Build(plan, holidays);
        return new CohortContext(plan, holidays, calendar, CohortDates.Of(cohort.SchoolYear, calendar));
    }

    public async Task<IReadOnlyList<CahierPerson>> TeachersAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Teacher)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { u.Id, u.LastName, u.FirstName, m.GroupId, m.Subject })
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new CahierPerson(p.Id, p.FirstName + " " + p.LastName, p.GroupId, p.Subject)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CahierPerson>> LearnersAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m.GroupId, u.Id, u.LastName, u.FirstName })
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new CahierPerson(p.Id, p.LastName + " " + p.FirstName, p.GroupId, null)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> GroupsAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        (await db.Groups.AsNoTracking().Where(g => g.CohortId == cohortId).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken))
        .Select(g => (g.Id, g.Name)).ToList();

    /// <summary>The cohort's framework: blocs and compétences (detailed ones folded into their compétence), with
    /// each element's bloc code.</summary>
    public async Task<FrameworkOutline> OutlineAsync(Guid frameworkId, CancellationToken cancellationToken = default)
    {
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == frameworkId)
            .OrderBy(e => e.SortOrder).Select(e => new { e.Id, e.ParentId, e.Code, e.Title, e.Kind }).ToListAsync(cancellationToken);
        var byId = elements.ToDictionary(e => e.Id);
        string? Block(Guid id)
        {
            for (var e = byId.GetValueOrDefault(id); e is not null; e = e.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
            {
                if (e.Kind == ElementKind.Block)
                {
                    return e.Code;
                }
            }

            return null;
        }

        Guid? Shown(Guid id)
        {
            for (var e = byId.GetValueOrDefault(id); e is not null; e = e.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
            {
                if (e.Kind is ElementKind.Block or ElementKind.Competence)
                {
                    return e.Id;
                }
            }

            return null;
        }

        var outline = elements.Where(e => e.Kind is ElementKind.Block or ElementKind.Competence)
            .Select(e => new OutlineElement(e.Id, e.Code, e.Title, e.Kind == ElementKind.Block, Block(e.Id))).ToList();
        return new FrameworkOutline(outline, elements.ToDictionary(e => e.Id, e => Block(e.Id)), elements.ToDictionary(e => e.Id, e => e.Code),
            elements.ToDictionary(e => e.Id, e => Shown(e.Id)));
    }
}

public sealed record CahierCohort(Cohort Cohort, bool Manages, bool Teaches, bool IsLearner, Guid? LearnerGroupId, bool CanRecord);

public sealed record CohortContext(TrainingPlan? Plan, IReadOnlyList<SchoolHoliday> Holidays, PlanCalendar? Calendar, CohortDates Dates);

public sealed record CahierPerson(Guid Id, string Name, Guid? GroupId, string? Subject);

public sealed record OutlineElement(Guid Id, string Code, string Title, bool IsBlock, string? BlockCode);

/// <param name="BlockOf">Every element of the framework (detailed compétences too) → its bloc's code.</param>
/// <param name="ShownAs">Every element → the bloc or compétence that stands for it in the session form.</param>
public sealed record FrameworkOutline(IReadOnlyList<OutlineElement> Elements, IReadOnlyDictionary<Guid, string?> BlockOf, IReadOnlyDictionary<Guid, string> CodeOf,
    IReadOnlyDictionary<Guid, Guid?> ShownAs);
