using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Suivi;

/// <summary>
/// Demo positionnements and interviews that make the heatmap tell a story: group A ahead on bloc 1 (the
/// VosRêves website situation came first), group B catching up, bloc 2 under way since situation 2, C3.3 not
/// worked by anyone yet, two learners without recent activity, a correction, interviews with open, late and
/// done actions.
/// </summary>
public sealed class SuiviDemo(SillageDb db) : IDemoContributor
{
    public int Order => 30;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var elements = await db.FrameworkElements.AsNoTracking()
            .Where(e => e.FrameworkId == context.FrameworkId && (e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .ToDictionaryAsync(e => e.Code, e => e.Id, cancellationToken);
        var teachers = new[] { "prof.eco", "prof.gestion", "prof.anglais" }.Select(context.Person).ToArray();
        var today = context.Today;
        var learners = Enumerable.Range(0, 12).Select(context.Learner).ToArray();
        var random = new Random(2026);

        // (competence, days ago, base level for group A, base level for group B, assessor index)
        (string Code, int DaysAgo, int A, int B, int Teacher)[] plan =
        [
            ("C1.1", 70, 2, 1, 0), ("C1.1.2", 55, 3, 2, 0), ("C1.1", 40, 3, 2, 0), ("C1.2", 50, 3, 2, 1),
            ("C1.2.1", 45, 3, 2, 1), ("C1.3", 35, 2, 2, 0), ("C1.3.3", 30, 3, 2, 0),
            ("C2.1", 25, 2, 1, 1), ("C2.1.1", 24, 2, 2, 1), ("C2.3.2", 20, 2, 1, 0), ("C2.2.1", 18, 2, 2, 1),
            ("C3.2", 12, 2, 1, 2), ("C3.2.1", 10, 2, 2, 2), ("C3.1.2", 8, 1, 1, 0),
        ];
        var recorded = context.Now.AddDays(-1);
        for (var i = 0; i < learners.Length; i++)
        {
            var groupA = i < 6;
            var inactive = i is 4 or 10;
            foreach (var (code, daysAgo, a, b, teacher) in plan)
            {
                if (inactive && daysAgo < 30)
                {
                    continue;
                }

                var level = Math.Clamp((groupA ? a : b) + random.Next(-1, 2) + (i == 0 ? 1 : 0), 1, 4);
                db.Assessments.Add(new Assessment
                {
                    LearnerId = learners[i],
                    CohortId = context.CohortId,
                    ElementId = elements[code],
                    AssessorId = teachers[teacher],
                    AssessorRole = AssessorRole.Teacher,
                    Level = level,
                    Context = AssessmentContext.Situation,
                    ObservedOn = today.AddDays(-daysAgo - random.Next(0, 3)),
                    RecordedAt = recorded.AddDays(-daysAgo),
                    Comment = level >= 3 ? "Travail autonome et soigné." : level == 2 ? "Bonne démarche ; à consolider en situation." : "À reprendre avec l'aide de l'enseignant.",
                });
            }
        }

        // A correction: a typo of level on apprenant01's C1.2, corrected the same day.
        var wrong = new Assessment
        {
            LearnerId = learners[0], CohortId = context.CohortId, ElementId = elements["C1.2"], AssessorId = teachers[1],
            AssessorRole = AssessorRole.Teacher, Level = 1, Context = AssessmentContext.Situation, ObservedOn = today.AddDays(-6),
            RecordedAt = recorded.AddDays(-6), Comment = "Publication sur les réseaux sociaux de la nouvelle offre.",
        };
        db.Assessments.Add(wrong);
        db.Assessments.Add(new Assessment
        {
            LearnerId = learners[0], CohortId = context.CohortId, ElementId = elements["C1.2"], AssessorId = teachers[1],
            AssessorRole = AssessorRole.Teacher, Level = 4, Context = AssessmentContext.Situation, ObservedOn = today.AddDays(-6),
            RecordedAt = recorded.AddDays(-6).AddMinutes(10), CorrectsId = wrong.Id,
            Comment = "Correction : erreur de saisie, le choix des réseaux est très bien argumenté.",
        });

        AddInterview(context, learners[0], teachers[0], today.AddDays(-9),
            $"{context.FirstName(learners[0])} a expliqué comment elle a mis à jour la page de la nouvelle offre dans le CMS de VosRêves et pourquoi elle a documenté la procédure.",
            "Méthode, documentation claire, autonomie.", "Justifier davantage ses choix techniques ; relier chaque trace aux compétences détaillées.",
            [("Compléter la trace « Mise à jour du site » avec les captures avant/après", today.AddDays(5), ActionOwner.Learner, false),
             ($"Relire la procédure de mise à jour avec {context.Pick("M. Lemoine", "M. Arnoux")} (jeu de rôle)", today.AddDays(-2), ActionOwner.Both, true)]);
        AddInterview(context, learners[1], teachers[0], today.AddDays(-20),
            $"{context.FirstName(learners[1])} a décrit l'installation des applications sur le poste du nouveau commercial.",
            "Rigueur dans les tests après installation.", "La matrice des habilitations n'est pas à jour ; penser à la traçabilité.",
            [("Mettre à jour la matrice des habilitations et la déposer dans le dossier", today.AddDays(-3), ActionOwner.Learner, false)]);
        AddInterview(context, learners[7], teachers[2], today.AddDays(-5),
            $"{context.FirstName(learners[7])} a présenté le support de sensibilisation à l'hameçonnage.",
            "Support clair, exemples concrets.", "Adapter en français la documentation anglaise de l'outil de messagerie.",
            [("Traduire la fiche « Report phishing » de l'éditeur", today.AddDays(10), ActionOwner.Learner, false)]);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddInterview(DemoContext context, Guid learner, Guid teacher, DateOnly heldOn, string explanation, string strengths, string improvements,
        IEnumerable<(string Description, DateOnly Due, ActionOwner Owner, bool Done)> actions)
    {
        var interview = new Interview
        {
            LearnerId = learner, CohortId = context.CohortId, AuthorId = teacher, HeldOn = heldOn,
            LearnerExplanation = explanation, Strengths = strengths, Improvements = improvements, CreatedAt = context.Now,
        };
        interview.Participants.Add(new InterviewParticipant { InterviewId = interview.Id, PersonId = teacher });
        foreach (var (description, due, owner, done) in actions)
        {
            interview.Actions.Add(new AgreedAction
            {
                InterviewId = interview.Id, LearnerId = learner, Description = description, DueOn = due, Owner = owner,
                DoneAt = done ? context.Now.AddDays(-1) : null, DoneById = done ? teacher : null,
            });
        }

        db.Interviews.Add(interview);
    }
}
