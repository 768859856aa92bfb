using Microsoft.EntityFrameworkCore;
using Sillage.Domain.FilRouge;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Desk;

/// <summary>
/// The desk of the demo cohort: apprenant01 to apprenant03 (learners 0–2) in the three services of VosRêves this
/// fortnight (apprenant01 came from the back office), and twelve requests of situations 2 and 3 in every state — one
/// handled by apprenant03 closed, marked and turned into a trace, one scheduled for tomorrow.
/// </summary>
public sealed class DeskDemo(SillageDb db, ShippedDesks desks, RequestTrace traces) : IDemoContributor
{
    public int Order => 70;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var situations = await db.Situations.Where(s => s.EstablishmentId == null && (s.Code == "vosreves-situation-2" || s.Code == "vosreves-situation-3"))
            .Select(s => new { s.Id, s.Code, s.OrganisationId }).ToListAsync(cancellationToken);
        if (situations.Count < 2)
        {
            return;
        }

        var people = await db.OrganisationPeople.Where(p => p.OrganisationId == situations[0].OrganisationId).ToListAsync(cancellationToken);
        var (lea, hugo, ines) = (context.Learner(0), context.Learner(1), context.Learner(2));
        var teacher = context.Person("prof.gestion");
        var now = context.Now;
        var today = context.Today;
        Assign(context, lea, DeskService.BackOffice, today.AddDays(-21), today.AddDays(-8), teacher);
        Assign(context, lea, DeskService.SupportFormation, today.AddDays(-7), today.AddDays(6), teacher);
        Assign(context, hugo, DeskService.BackOffice, today.AddDays(-7), today.AddDays(6), teacher);
        Assign(context, ines, DeskService.AnimationCommunication, today.AddDays(-7), today.AddDays(13), teacher);

        UserRequest Send(string code, DateTime at)
        {
            var situation = situations.Single(s => s.Code == (code.StartsWith("s2", StringComparison.Ordinal) ? "vosreves-situation-2" : "vosreves-situation-3"));
            var item = desks.ForSituation(situation.Code).Single(r => r.Code == code);
            var person = people.Single(p => p.Name == item.Requester);
            var request = new UserRequest
            {
                CohortId = context.CohortId, SituationId = situation.Id, RequesterId = person.Id, RequesterName = person.Name, RequesterRole = person.Role,
                RequesterSite = person.Site, Service = item.Service, Subject = item.Subject, Description = item.Description, Category = item.Category,
                Priority = item.Priority, ShippedCode = item.Code, CreatedAt = at, CreatedById = teacher, SendAt = at, ReleasedAt = at <= now ? at : null,
            };
            db.UserRequests.Add(request);
            return request;
        }

        var chaton = Send("s2-03", now.AddDays(-3));
        chaton.Take(ines, now.AddDays(-3).AddMinutes(12));
        chaton.Act(RequestActor.Learner, ines, RequestState.WaitingForUser, "Bonjour M. Chaton, l'écran reste-t-il noir même sans la station d'accueil et sans clé USB branchée ?", 5, now.AddDays(-3).AddMinutes(15));
        chaton.Act(RequestActor.Requester, teacher, RequestState.InProgress, "Sans la station d'accueil, il démarre ! Mais je n'ai plus mon deuxième écran.", 0, now.AddDays(-3).AddMinutes(40));
        chaton.Act(RequestActor.Learner, ines, RequestState.Resolved, "Mise à jour du pilote de la station d'accueil, redémarrage : les deux écrans fonctionnent. Procédure notée pour les autres postes.", 35, now.AddDays(-3).AddMinutes(90));
        chaton.Act(RequestActor.Teacher, teacher, RequestState.Closed, "Échange clair avec l'utilisateur.", 0, now.AddDays(-2));
        chaton.Mark(3, "Bonne question de diagnostic d'abord ; pensez à reformuler la demande au début.", teacher, now.AddDays(-2));

        var account = Send("s2-01", now.AddDays(-2));
        account.Take(hugo, now.AddDays(-2).AddMinutes(30));
        account.Act(RequestActor.Learner, hugo, RequestState.WaitingForUser, "Bonjour Mme Durand, pouvez-vous me donner le nom et la date d'arrivée exacte du nouveau commercial ?", 5, now.AddDays(-2).AddMinutes(35));

        var intern = Send("s2-04", now.AddDays(-2).AddHours(1));
        intern.Take(hugo, now.AddDays(-2).AddHours(2));
        intern.Act(RequestActor.Learner, hugo, RequestState.Resolved, "Compte créé avec le profil « consultation » de la matrice des habilitations, expiration à la fin du stage.", 25, now.AddDays(-1));

        var laptop = Send("s2-02", now.AddDays(-1));
        laptop.Take(lea, now.AddDays(-1).AddMinutes(20));
        laptop.Act(RequestActor.Learner, lea, RequestState.InProgress, "Suite bureautique et navigateur installés ; l'application de réservation attend la licence.", 45, now.AddDays(-1).AddHours(2));

        var folders = Send("s2-07", now.AddDays(-1));
        folders.Take(hugo, now.AddDays(-1).AddHours(1));
        folders.Act(RequestActor.Learner, hugo, RequestState.Escalated, "Il faut décider de l'arborescence commune : je propose un dossier par offre sur l'espace partagé, à valider.", 15, now.AddDays(-1).AddHours(2));

        var phishing = Send("s3-01", now.AddDays(-2));
        phishing.Take(lea, now.AddDays(-2).AddHours(1));
        phishing.Act(RequestActor.Learner, lea, RequestState.Resolved, "Mot de passe changé avec Mme Real, sessions fermées, M. Lemoine prévenu ; rappel des signes d'un hameçonnage.", 30, now.AddDays(-2).AddHours(6));

        var poster = Send("s3-04", now.AddDays(-1));
        poster.Take(ines, now.AddDays(-1).AddHours(3));

        Send("s2-05", now.AddHours(-20));
        Send("s2-06", now.AddHours(-3));
        Send("s3-03", now.AddDays(-3));
        Send("s3-05", now.AddHours(-1));
        Send("s2-08", now.AddDays(1));
        db.RequestEntries.AddRange(db.ChangeTracker.Entries<UserRequest>().SelectMany(e => e.Entity.Entries));
        await traces.CreateAsync(chaton, "VosRêves", now.AddDays(-2));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Assign(DemoContext context, Guid learner, DeskService service, DateOnly from, DateOnly to, Guid by) =>
        db.ServiceAssignments.Add(new ServiceAssignment { CohortId = context.CohortId, LearnerId = learner, Service = service, From = from, To = to, AssignedById = by, AssignedAt = context.Now });
}
