using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Pfmp;

namespace Sillage.Web.Pages.LearnerPath;

/// <summary>
/// The learners' paths of the demo: profiles (the bac they come from) for a few learners and a part of the plan
/// adjusted for apprenant01, an apprentice (apprenant12) with a contract at the web agency — two weeks in the
/// company, one at school — whose maître d'apprentissage has the tutor's space, and an adult in continuing education
/// (apprenant11) funded for 600 hours, with an entry positioning that recognises her experience. Runs after the
/// PFMP's demo (it uses its directory).
/// </summary>
public sealed class PathDemo(SillageDb db, TutorAccounts tutors) : IDemoContributor
{
    public const string ContractNumber = "DEMO-2026-0042";

    public int Order => 45;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var today = context.Today;
        var referent = context.Person("referent");
        var (apprentice, adult) = (context.Learner(11), context.Learner(10));
        LearnerProfile Profile(Guid learner, LearnerStatus status, PriorDiploma diploma, string? detail, string? experience) => new()
        {
            LearnerId = learner, Status = status, PriorDiploma = diploma, PriorDiplomaDetail = detail, PriorExperience = experience, UpdatedAt = now.AddDays(-70),
            UpdatedById = referent,
        };

        db.LearnerProfiles.AddRange(
            Profile(context.Learner(0), LearnerStatus.School, PriorDiploma.BacPro, "Bac pro AGORA", "Stages de bac pro dans une mairie et un cabinet comptable."),
            Profile(context.Learner(1), LearnerStatus.School, PriorDiploma.BacTechno, "STMG, spécialité systèmes d'information de gestion", null),
            Profile(context.Learner(2), LearnerStatus.School, PriorDiploma.BacGeneral, "Spécialités NSI et SES", "Animatrice bénévole d'un club de jeux vidéo."),
            Profile(apprentice, LearnerStatus.Apprentice, PriorDiploma.BacPro, "Bac pro CIEL", "Job d'été en boutique de réparation de téléphones."));
        var adultProfile = Profile(adult, LearnerStatus.Continuing, PriorDiploma.BacGeneral, "Bac ES (2008)",
            "Dix ans d'assistanat de direction dans une PME : agenda partagé, site internet de l'entreprise, accueil des nouveaux salariés.");
        adultProfile.Funder = "France Travail (démonstration)";
        adultProfile.PlannedHours = 600;
        db.LearnerProfiles.Add(adultProfile);

        db.PathAdjustments.Add(new PathAdjustment
        {
            LearnerId = context.Learner(0), CohortId = context.CohortId, Part = "Remise à niveau en bureautique",
            Reason = "Compétences déjà certifiées au lycée (Pix, niveau avancé) : le temps libéré va au projet de site web.", CreatedById = referent,
            CreatedAt = now.AddDays(-60),
        });

        var competences = await db.FrameworkElements.Where(e => e.FrameworkId == context.FrameworkId && e.Kind == ElementKind.Competence)
            .ToDictionaryAsync(e => e.Code, e => e.Id, cancellationToken);

        // The apprentice's contract, at the web agency of the directory: the creative director is the maître d'apprentissage.
        var agency = await db.HostOrganisations.Include(h => h.Contacts)
            .SingleAsync(h => h.EstablishmentId == context.EstablishmentId && h.Siret == "99900000600018", cancellationToken);
        var master = agency.Contacts.OrderBy(c => c.LastName).First();
        var (masterId, error) = await tutors.EnsureAsync(master, context.EstablishmentId);
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo maître d'apprentissage: {error}");
        }

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var contract = PfmpPeriod.New(context.CohortId, apprentice, agency.Id, now.AddDays(-80));
        contract.Kind = PfmpKind.Apprenticeship;
        contract.ContractNumber = ContractNumber;
        contract.TutorContactId = master.Id;
        contract.TutorId = masterId;
        contract.ReferentTeacherId = context.Person("prof.eco");
        contract.Start = monday.AddDays(-7 * 10);
        contract.End = contract.Start.AddDays(7 * 42 - 3);
        contract.WorkingDays = WorkWeek.MondayToFriday;
        contract.AlternationCompanyWeeks = 2;
        contract.AlternationSchoolWeeks = 1;
        contract.WeeklyHours = 35;
        contract.WorksDuringSchoolHolidays = true;
        contract.PlannedActivities = "Support aux utilisateurs de l'agence, mise à jour des sites des clients, gestion des comptes et des sauvegardes.";
        contract.Targets.AddRange(new[] { "C2.1", "C3.1" }.Where(competences.ContainsKey).Select(code => new PfmpTarget { PeriodId = contract.Id, ElementId = competences[code] }));
        contract.Convention.RecordApprenticeshipContract(new ConventionActor(referent, context.Name(referent), ConventionCapacities.Referent), now.AddDays(-80), ContractNumber);
        db.PfmpPeriods.Add(contract);

        // The adult's entry positioning: her years of assistanat count on the compétences of communication and support.
        foreach (var (code, level) in new[] { ("C1.1", 3), ("C3.1", 3), ("C3.2", 2) }.Where(x => competences.ContainsKey(x.Item1)))
        {
            db.Assessments.Add(new Assessment
            {
                LearnerId = adult, CohortId = context.CohortId, ElementId = competences[code], AssessorId = referent, AssessorRole = AssessorRole.Teacher,
                Level = level, Comment = "Reconnu à l'entrée : expérience d'assistanat de direction.", Context = AssessmentContext.Entry,
                ObservedOn = monday.AddDays(-7 * 10), RecordedAt = now.AddDays(-70),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
