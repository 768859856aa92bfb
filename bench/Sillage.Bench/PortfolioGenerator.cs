using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;

namespace Sillage.Bench;

/// <summary>Dossiers at scale: the demo cohort filled up to 30 learners, each with 300 traces of ~1,500
/// characters, two competence links each, a revision every third trace and a feedback thread every tenth.</summary>
public static class PortfolioGenerator
{
    private static readonly string[] Missions =
    [
        "Mise à jour du site Web de VosRêves", "Publication sur les réseaux sociaux", "Installation des applications du nouveau commercial",
        "Matrice des habilitations", "Accès à distance sécurisé", "Gestion documentaire de l'offre", "Sensibilisation à la sécurité",
        "Cahier des charges du module de congés", "Guide utilisateur du PGI", "Veille sur le paiement en ligne",
    ];

    private static readonly string[] Sentences =
    [
        "J'ai recueilli les besoins du responsable d'agence avant de commencer.",
        "La procédure de sécurité des accès à distance a été appliquée pas à pas.",
        "J'ai mis à jour la documentation technique et l'inventaire du parc applicatif.",
        "Les droits d'accès des utilisateurs ont été vérifiés dans la matrice des habilitations.",
        "Le support de formation explique comment reconnaître un courriel d'hameçonnage.",
        "J'ai organisé les documents partagés sur l'intranet selon les règles de nommage.",
        "La planification du projet a été suivie avec un diagramme de Gantt.",
        "J'ai adapté en français une documentation technique rédigée en anglais.",
        "Les réseaux sociaux choisis correspondent au public des professionnels.",
        "Le module de gestion des congés est opérationnel et testé avec deux responsables.",
        "J'ai répondu aux questions des utilisateurs au support de premier niveau.",
        "Ce que je retiens : documenter chaque choix et le faire valider.",
    ];

    public static async Task<(Guid LearnerId, Guid SampleTrace)> FillAsync(SillageDb db, Guid cohortId, int learners, int tracesPerLearner)
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
        var elements = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && (e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .Select(e => e.Id).ToListAsync();
        var teacher = await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Teacher).Select(m => m.PersonId).FirstAsync();
        // The demo learners first (apprenant01, who signs in, is the first of them).
        var existing = await db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (_, u) => u).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
        var learnerRole = await db.Roles.Where(r => r.Name == Sillage.Web.Infrastructure.Auth.Roles.Learner).Select(r => r.Id).SingleAsync();
        var now = DateTime.UtcNow;
        for (var i = existing.Count; i < learners; i++)
        {
            var email = $"dossier{i:00}@bench.sillage.test";
            var user = new User
            {
                FirstName = "Apprenant", LastName = $"Généré {i:00}", Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email,
                NormalizedUserName = email.ToUpperInvariant(), EstablishmentId = cohort.EstablishmentId, CreatedAt = now,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = learnerRole });
            db.CohortMembers.Add(new CohortMember { CohortId = cohortId, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = now });
            existing.Add(user.Id);
        }

        await db.SaveChangesAsync();
        var random = new Random(42);
        Guid sample = default;
        foreach (var learner in existing)
        {
            for (var t = 0; t < tracesPerLearner; t++)
            {
                var mission = Missions[t % Missions.Length];
                var body = "## Contexte\n" + string.Join(" ", Enumerable.Range(0, 6).Select(_ => Sentences[random.Next(Sentences.Length)]))
                           + "\n\n## Ce que j'ai fait\n" + string.Join("\n", Enumerable.Range(0, 8).Select(_ => "- " + Sentences[random.Next(Sentences.Length)]))
                           + "\n\n## Ce que j'en retiens\n" + Sentences[random.Next(Sentences.Length)];
                var content = new TraceContent($"{mission} ({t + 1})", (TraceKind)(1 + t % 5), new DateOnly(2026, 9, 1).AddDays(t % 75),
                    (TraceContext)(1 + t % 4), "VosRêves", body, "VosRêves, " + mission.Split(' ')[0]);
                var (trace, revision) = Trace.Create(learner, content, now.AddMinutes(-t));
                db.Traces.Add(trace);
                db.TraceRevisions.Add(revision);
                if (t % 3 == 0)
                {
                    db.TraceRevisions.Add(trace.Update(content with { Body = body + "\n\nComplété après l'entretien formatif." }, 1, learner, now)!);
                }

                foreach (var element in new[] { elements[t % elements.Count], elements[(t * 7 + 3) % elements.Count] }.Distinct())
                {
                    db.TraceCompetenceLinks.Add(new TraceCompetenceLink { TraceId = trace.Id, ElementId = element, Justification = "Ce que cette trace prouve.", SelfLevel = 1 + t % 4, CreatedAt = now, UpdatedAt = now });
                }

                if (t % 10 == 0)
                {
                    var thread = new FeedbackComment { TraceId = trace.Id, AuthorId = teacher, ByStaff = true, Body = "Précise les étapes.", Verdict = FeedbackVerdict.ToRework, CreatedAt = now, TraceVersion = trace.Version };
                    db.FeedbackComments.Add(thread);
                    db.FeedbackComments.Add(new FeedbackComment { TraceId = trace.Id, ParentId = thread.Id, AuthorId = learner, Body = "C'est fait.", CreatedAt = now, TraceVersion = trace.Version });
                }

                if (t % 50 == 0)
                {
                    db.FeedbackRequests.Add(new FeedbackRequest { TraceId = trace.Id, LearnerId = learner, RequestedAt = now.AddDays(-t % 7) });
                }

                if (t == 0 && learner == existing[0])
                {
                    sample = trace.Id;
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return (existing[0], sample);
    }
}
