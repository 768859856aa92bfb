using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// What the creation and edition of a period share: the choices offered (learners of the cohorts the manager
/// manages, structures of the directory with their contacts, teachers, the framework's competences), the checks
/// (dates and rhythm from the domain, coherence of the choices, overlap with the learner's other periods), and
/// the save (with the tutor's account).
/// </summary>
public sealed class PeriodEditor(SillageDb db, CohortAccess cohorts, PfmpAccess access, TutorAccounts tutors, TimeProvider clock,
    IStringLocalizer<Text> l)
{
    public sealed record LearnerOption(Guid Id, string Name, Guid CohortId, string Cohort, Guid FrameworkId);

    public sealed record HostOption(Guid Id, string Name, IReadOnlyList<(Guid Id, string Name, bool HasEmail)> Contacts);

    public sealed record CompetenceOption(Guid Id, Guid FrameworkId, string Code, string Title);

    public sealed class Options
    {
        public IReadOnlyList<LearnerOption> Learners { get; init; } = [];
        public IReadOnlyList<HostOption> Hosts { get; init; } = [];
        public IReadOnlyList<(Guid Id, string Name)> Teachers { get; init; } = [];
        public IReadOnlyList<CompetenceOption> Competences { get; init; } = [];
    }

    public async Task<Options> OptionsAsync()
    {
        var managed = cohorts.ManagedCohorts().Where(c => !c.Archived);
        var learners = await db.CohortMembers.AsNoTracking().Where(m => m.Role == CohortRole.Learner)
            .Join(managed, m => m.CohortId, c => c.Id, (m, c) => new { m.PersonId, c.Id, c.Name, c.FrameworkId })
            .Join(db.Users, x => x.PersonId, u => u.Id, (x, u) => new { u.Id, u.FirstName, u.LastName, CohortId = x.Id, Cohort = x.Name, x.FrameworkId })
            .OrderBy(x => x.LastName).ThenBy(x => x.FirstName).ToListAsync();
        var hosts = await access.ManagedHosts().AsNoTracking().Include(h => h.Contacts).OrderBy(h => h.Name).ToListAsync();
        var teacherRoles = db.Roles.Where(r => r.Name == Roles.Teacher || r.Name == Roles.Coordinator).Select(r => r.Id);
        var teachers = await cohorts.ManagedPeople().AsNoTracking()
            .Where(u => u.DeactivatedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && teacherRoles.Contains(ur.RoleId)))
            .OrderBy(u => u.LastName).Select(u => new { u.Id, u.FirstName, u.LastName }).ToListAsync();
        var frameworks = learners.Select(l => l.FrameworkId).Distinct().ToList();
        var competences = await db.FrameworkElements.AsNoTracking().Where(e => frameworks.Contains(e.FrameworkId) && e.Kind == ElementKind.Competence)
            .OrderBy(e => e.Code).Select(e => new CompetenceOption(e.Id, e.FrameworkId, e.Code, e.Title)).ToListAsync();
        return new Options
        {
            Learners = learners.Select(l => new LearnerOption(l.Id, $"{l.LastName.ToUpperInvariant()} {l.FirstName}", l.CohortId, l.Cohort, l.FrameworkId))
                .DistinctBy(l => l.Id).ToList(),
            Hosts = hosts.Select(h => new HostOption(h.Id, h.Name,
                h.Contacts.OrderBy(c => c.LastName).Select(c => (c.Id, c.FullName + (c.Position is null ? "" : $" ({c.Position})"), c.Email is not null)).ToList())).ToList(),
            Teachers = teachers.Select(t => (t.Id, $"{t.FirstName} {t.LastName}")).ToList(),
            Competences = competences,
        };
    }

    /// <summary>Adds the form's errors to <paramref name="state"/> (keys "Input.*"). The period is null on creation.</summary>
    public async Task ValidateAsync(PeriodInput input, Options options, PfmpPeriod? period, ModelStateDictionary state)
    {
        var learner = options.Learners.FirstOrDefault(l => l.Id == (period?.LearnerId ?? input.LearnerId));
        if (learner is null)
        {
            state.AddMessage(l, "Input.LearnerId", new Message("Choisissez l'apprenant."));
        }

        var host = options.Hosts.FirstOrDefault(h => h.Id == input.HostOrganisationId);
        if (host is null)
        {
            state.AddMessage(l, "Input.HostOrganisationId", new Message("Choisissez la structure d'accueil dans l'annuaire."));
        }
        else if (input.TutorContactId is { } tutor && host.Contacts.All(c => c.Id != tutor))
        {
            state.AddMessage(l, "Input.TutorContactId", new Message("Le tuteur choisi n'est pas un contact de cette structure d'accueil."));
        }
        else if (input.TutorContactId is { } withoutEmail && !host.Contacts.Single(c => c.Id == withoutEmail).HasEmail)
        {
            state.AddMessage(l, "Input.TutorContactId", new Message("Ce contact n'a pas d'adresse e-mail : ajoutez-la dans l'annuaire pour lui ouvrir l'espace tuteur."));
        }

        if (input.ReferentTeacherId is { } teacher && options.Teachers.All(t => t.Id != teacher))
        {
            state.AddMessage(l, "Input.ReferentTeacherId", new Message("Choisissez l'enseignant référent dans la liste."));
        }

        if (input.Start is null || input.End is null)
        {
            state.AddMessage(l, "Input.Start", new Message("Saisissez le premier et le dernier jour de la période."));
        }
        else
        {
            foreach (var problem in PfmpPeriod.CheckSchedule(input.Start.Value, input.End.Value, input.WorkingDays, input.WeeklyHours ?? 0))
            {
                state.AddMessage(l, "Input.End", problem);
            }
        }

        if (learner is not null && input.TargetIds.Any(t => options.Competences.All(c => c.Id != t || c.FrameworkId != learner.FrameworkId)))
        {
            state.AddMessage(l, "Input.TargetIds", new Message("Les compétences visées sont celles du référentiel de la promotion de l'apprenant."));
        }

        if (learner is not null && input.Start is { } from && input.End is { } to && to >= from)
        {
            await ValidateKindAsync(input, learner.Id, period?.Id, from, to, state);
        }

        foreach (var (field, value, max) in new[] { ("Location", input.Location, 300), ("PlannedActivities", input.PlannedActivities, 4000), ("ContractNumber", input.ContractNumber, PfmpPeriod.MaxContractNumberLength) })
        {
            if (FormText.TooLong(value, max, new Message("Ce texte")) is { } error)
            {
                state.AddMessage(l, $"Input.{field}", error);
            }
        }

        if (state.IsValid && learner is not null && !input.ConfirmOverlap)
        {
            foreach (var overlap in await OverlapsAsync(learner.Id, period?.Id, input))
            {
                state.AddMessage(l, "Input.ConfirmOverlap", new Message("Cette période chevauche « {0} » du {1:dd/MM/yyyy} au {2:dd/MM/yyyy} ({3} jour(s) en commun, comptés une seule fois). Corrigez les dates, ou cochez « Enregistrer malgré le chevauchement ».", overlap.SecondLabel, overlap.From, overlap.To, overlap.SharedDays));
            }
        }
    }

    /// <summary>An apprentice's contract: a rhythm that leaves training days, and no PFMP convention on the same days; a
    /// PFMP: never during an apprenticeship contract.</summary>
    private async Task ValidateKindAsync(PeriodInput input, Guid learnerId, Guid? periodId, DateOnly from, DateOnly to, ModelStateDictionary state)
    {
        var others = await db.PfmpPeriods.AsNoTracking()
            .Where(p => p.LearnerId == learnerId && p.Id != periodId && p.Convention.Status != ConventionStatus.Refused && p.Start <= to && p.End >= from)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { p.Kind, p.Start, p.End, h.Name })
            .ToListAsync();
        if (input.Kind == PfmpKind.Apprenticeship)
        {
            var placements = others.Where(o => o.Kind == PfmpKind.Placement).Select(o => (o.Name, o.Start, o.End));
            foreach (var problem in PfmpPeriod.CheckContract(from, to, input.WorkingDays, input.Alternation, placements))
            {
                state.AddMessage(l, "Input.CompanyWeeks", problem);
            }
        }
        else if (others.FirstOrDefault(o => o.Kind == PfmpKind.Apprenticeship) is { } contract)
        {
            state.AddMessage(l, "Input.Start", new Message("L'apprenant est sous contrat d'apprentissage chez « {0} » du {1:dd/MM/yyyy} au {2:dd/MM/yyyy} : son temps en entreprise tient lieu de PFMP, pas de convention sur ces dates.", contract.Name, contract.Start, contract.End));
        }
    }

    /// <summary>Applies the form to the period (tracked, its targets loaded) and names the tutor's account.</summary>
    public async Task<Message?> ApplyAsync(PfmpPeriod period, PeriodInput input, Options options, Guid establishmentId)
    {
        period.HostOrganisationId = input.HostOrganisationId!.Value;
        period.TutorContactId = input.TutorContactId;
        period.TutorId = null;
        if (input.TutorContactId is { } contactId)
        {
            var contact = await db.HostContacts.SingleAsync(c => c.Id == contactId);
            var (tutorId, error) = await tutors.EnsureAsync(contact, establishmentId);
            if (error is not null)
            {
                return error;
            }

            period.TutorId = tutorId;
        }

        period.ReferentTeacherId = input.ReferentTeacherId;
        period.Start = input.Start!.Value;
        period.End = input.End!.Value;
        period.WorkingDays = input.WorkingDays;
        period.WeeklyHours = input.WeeklyHours!.Value;
        period.WorksDuringSchoolHolidays = input.WorksDuringSchoolHolidays;
        period.Location = FormText.Clean(input.Location);
        period.PlannedActivities = FormText.Clean(input.PlannedActivities);
        if (period.IsApprenticeship)
        {
            period.ContractNumber = FormText.Clean(input.ContractNumber);
            (period.AlternationCompanyWeeks, period.AlternationSchoolWeeks) = (input.Alternation.CompanyWeeks, input.Alternation.SchoolWeeks);
        }

        var wanted = input.TargetIds.Distinct().Where(id => options.Competences.Any(c => c.Id == id)).ToHashSet();
        period.Targets.RemoveAll(t => !wanted.Contains(t.ElementId));
        foreach (var id in wanted.Where(id => period.Targets.All(t => t.ElementId != id)))
        {
            period.Targets.Add(new PfmpTarget { PeriodId = period.Id, ElementId = id });
        }

        period.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        period.Version = Guid.NewGuid();
        return null;
    }

    private async Task<IReadOnlyList<PfmpCounting.PeriodOverlap>> OverlapsAsync(Guid learnerId, Guid? periodId, PeriodInput input)
    {
        var others = await db.PfmpPeriods.AsNoTracking()
            .Where(p => p.LearnerId == learnerId && p.Id != periodId && p.Convention.Status != ConventionStatus.Refused
                        && p.Start <= input.End && p.End >= input.Start)
            .Join(db.HostOrganisations, p => p.HostOrganisationId, h => h.Id, (p, h) => new { p.Id, p.Start, p.End, p.WorkingDays, p.WorksDuringSchoolHolidays, p.AlternationCompanyWeeks, p.AlternationSchoolWeeks, h.Name })
            .ToListAsync();
        var candidate = new PfmpCounting.PeriodDays(Guid.Empty, "", input.Start!.Value, input.End!.Value, input.WorkingDays, input.WorksDuringSchoolHolidays, [], input.Alternation);
        var days = others.Select(o => new PfmpCounting.PeriodDays(o.Id, $"{o.Name}, du {o.Start:dd/MM/yyyy} au {o.End:dd/MM/yyyy}", o.Start, o.End, o.WorkingDays, o.WorksDuringSchoolHolidays, [], new Alternation(o.AlternationCompanyWeeks, o.AlternationSchoolWeeks)))
            .Prepend(candidate).ToList();
        return PfmpCounting.Count(days, [], input.End!.Value).Overlaps.Where(o => o.FirstId == Guid.Empty && o.SharedDays > 0).ToList();
    }
}
