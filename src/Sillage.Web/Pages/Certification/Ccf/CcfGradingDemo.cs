using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Pages.Certification.Ccf;

/// <summary>
/// The demo's finished CCF for one learner (apprenant12) of each establishment: every situation of the three
/// épreuves sat, its grid filled and signed by the two evaluators (prof.eco, prof.gestion), the teachers' E2
/// evidence notes, and the épreuves' marks — the jury's record is complete, waiting for the référent's decision.
/// </summary>
public sealed class CcfGradingDemo(SillageDb db, CcfPlans plans) : IDemoContributor
{
    public const int LearnerIndex = 11;

    private static readonly Dictionary<string, decimal> Marks = new() { ["E1-A"] = 14m, ["E1-B"] = 13m, ["E2-A"] = 15m, ["E3-A"] = 12m, ["E3-B"] = 13m };

    public int Order => 57;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var plan = await plans.ForFrameworkAsync(context.FrameworkId);
        if (plan.Exams.Count == 0)
        {
            return;
        }

        var learner = context.Learner(LearnerIndex);
        var evaluators = new[] { context.Person("prof.eco"), context.Person("prof.gestion") };
        var elements = await db.FrameworkElements.AsNoTracking().Where(e => e.FrameworkId == context.FrameworkId).ToListAsync(cancellationToken);
        var top = (await CohortSuivi.LoadScaleAsync(db, context.FrameworkId, cancellationToken)).Max(l => l.Rank);
        var day = 0;
        foreach (var exam in plan.Exams)
        {
            var block = elements.FirstOrDefault(e => e.Kind == Domain.Frameworks.ElementKind.Block && e.Code == exam.BlockCode);
            var lines = block is null ? [] : CcfGridLines.For(elements, block.Id);
            var marks = new List<(decimal? Weight, decimal? Mark)>();
            foreach (var situation in exam.Situations)
            {
                var at = context.Now.Date.AddDays(-20 + 2 * day++).AddHours(8);
                var sitting = new CcfSitting
                {
                    CohortId = context.CohortId, ExamCode = exam.Code, SituationCode = situation.Code, StartsAt = at, DurationMinutes = situation.DefaultMinutes ?? 60,
                    Room = situation.WithCandidate ? "B12" : null, CreatedAt = at.AddDays(-14), CreatedById = context.Person("referent"),
                };
                sitting.Evaluators.AddRange(evaluators.Select((e, i) => new CcfEvaluator { SittingId = sitting.Id, PersonId = e, Role = CcfEvaluatorRole.Teacher }));
                var candidate = new CcfCandidate { SittingId = sitting.Id, LearnerId = learner, Attendance = situation.WithCandidate ? CcfAttendance.Present : CcfAttendance.Convened, ConvokedAt = at.AddDays(-10) };
                sitting.Candidates.Add(candidate);
                db.CcfSittings.Add(sitting);

                var mark = Marks.GetValueOrDefault(situation.Code, 12m);
                var signedAt = at.AddHours(2);
                var grid = CcfGrid.Create(candidate.Id, lines.Select(l => l.Id), evaluators[0], signedAt);
                grid.Lines.ForEach(l => (l.Level, l.Comment) = (top, l.SortOrder == 0 ? "Maîtrisé avec aisance." : null));
                (grid.Mark, grid.Comment, grid.FrozenAt) = (mark, "Prestation solide, argumentation claire.", signedAt.AddMinutes(5));
                grid.Signatures.AddRange(evaluators.Select((e, i) => new CcfGridSignature { GridId = grid.Id, EvaluatorId = e, SignedAt = signedAt.AddMinutes(i * 5) }));
                db.CcfGrids.Add(grid);
                marks.Add((situation.Weight, mark));
            }

            var (rule, _) = CcfMarks.ExamMark(marks);
            db.CcfExamResults.Add(new CcfExamResult
            {
                CohortId = context.CohortId, LearnerId = learner, ExamCode = exam.Code, Mark = rule ?? 12m, RuleMark = rule, SetAt = context.Now.AddDays(-3), SetById = evaluators[0],
            });
            if (exam.NeedsPfmpComplete)
            {
                db.CcfEvidence.AddRange(
                    new CcfEvidence
                    {
                        CohortId = context.CohortId, LearnerId = learner, ExamCode = exam.Code, Title = "Observation — réunion d'équipe en atelier",
                        Text = "Anime la réunion, reformule les besoins et répartit les tâches ; tient les délais annoncés.", CreatedAt = context.Now.AddDays(-30), CreatedById = evaluators[0],
                    },
                    new CcfEvidence
                    {
                        CohortId = context.CohortId, LearnerId = learner, ExamCode = exam.Code, Title = "Grille du projet de gestion (octobre)",
                        Text = "Tableau de bord juste et commenté ; progrès sur la présentation des écarts.", CreatedAt = context.Now.AddDays(-25), CreatedById = evaluators[1],
                    });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
