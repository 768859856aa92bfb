using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The CCF organisation demo: an E1-A oral in two weeks, evaluated by a teacher and a professional (the demo tutor),
/// for the three members of a group project (with their contributions), one of them with a tiers temps and another
/// accommodation; and an E3-B practical session in three weeks.
/// </summary>
public sealed class CcfDemo(SillageDb db, SchoolClock clock) : IDemoContributor
{
    public const string ProjectTitle = "Refonte du site de l'association Vos Rêves";
    public const string Accommodation = "Ordinateur fourni, salle à part";

    public int Order => 55;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var coordinator = context.Person("referent");
        var members = new[] { context.Learner(0), context.Learner(1), context.Learner(2) };
        var oral = Sitting(context, "E1", "E1-A", context.Today.AddDays(14), 40, "Salle B12");
        oral.Evaluators.Add(new CcfEvaluator { SittingId = oral.Id, PersonId = context.Person("prof.eco"), Role = CcfEvaluatorRole.Teacher });
        oral.Evaluators.Add(new CcfEvaluator { SittingId = oral.Id, PersonId = context.Person("tuteur"), Role = CcfEvaluatorRole.Professional });
        foreach (var learner in members)
        {
            oral.Candidates.Add(new CcfCandidate { SittingId = oral.Id, LearnerId = learner });
        }

        oral.Candidates[0].ExtraTimePercent = 33;
        oral.Candidates[0].Accommodation = Accommodation;

        var practical = Sitting(context, "E3", "E3-B", context.Today.AddDays(21), 120, "Salle informatique C03");
        practical.Evaluators.Add(new CcfEvaluator { SittingId = practical.Id, PersonId = context.Person("prof.anglais"), Role = CcfEvaluatorRole.Teacher });
        for (var i = 0; i < 4; i++)
        {
            practical.Candidates.Add(new CcfCandidate { SittingId = practical.Id, LearnerId = context.Learner(i), ExtraTimePercent = i == 0 ? 33 : 0, Accommodation = i == 0 ? Accommodation : null });
        }

        var project = new CcfProject
        {
            CohortId = context.CohortId, SituationCode = "E1-A", Title = context.Pick(ProjectTitle, ProjectTitle + " (Marie-Curie)"),
            Description = "Audit du site existant, nouvelle arborescence, publication de la page d'accueil et d'un article par semaine.",
            CreatedAt = context.Now.AddDays(-20), CreatedById = context.Person("prof.eco"),
        };
        string[] contributions =
        [
            "J'ai mené l'audit du site existant et proposé la nouvelle arborescence.",
            "J'ai réalisé les maquettes de la page d'accueil et choisi les visuels libres de droits.",
            "J'ai rédigé et publié les articles, et mis en place le calendrier éditorial.",
        ];
        project.Members.AddRange(members.Select((id, i) => new CcfProjectMember { ProjectId = project.Id, LearnerId = id, Contribution = contributions[i] }));

        db.CcfSittings.AddRange(oral, practical);
        db.CcfProjects.Add(project);
        await db.SaveChangesAsync(cancellationToken);

        CcfSitting Sitting(DemoContext c, string exam, string situation, DateOnly day, int minutes, string room) => new()
        {
            CohortId = c.CohortId, ExamCode = exam, SituationCode = situation, StartsAt = clock.FromSchoolTime(day.ToDateTime(new TimeOnly(9, 0))),
            DurationMinutes = minutes, Room = room, CreatedAt = c.Now, CreatedById = coordinator,
        };
    }
}
