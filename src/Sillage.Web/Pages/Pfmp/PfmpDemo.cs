using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Calendar;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Partners;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages.Pfmp.Documents;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>
/// The PFMP share of the demo: fictional host structures (SIRETs of the fictional SIREN range 999…) and their
/// partnership actions, and periods in every state around the demo's week — a finished one with its appraisal,
/// visit and attestation, ongoing ones, a sent, a draft, a refused convention, and two periods that overlap
/// each other and the Christmas holidays. The demo tutor (Julien Morel) tutors Léa Moreau and Hugo Lefèvre; the tutor
/// of Inès Dubois has a tutor link. The second establishment of the tests gets the same under other names.
/// </summary>
public sealed class PfmpDemo(SillageDb db, UserManager<User> users, JobQueue jobs) : IDemoContributor
{
    /// <summary>The tutor link of apprenant03's tutor opens with <see cref="DemoSeeder.LinkToken"/>(domain, this).</summary>
    public const string TutorLinkPurpose = "tuteur";

    public int Order => 40;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var today = context.Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var referent = context.Person("referent");
        var tutor = context.Person("tuteur");
        var teacherEco = context.Person("prof.eco");
        var teacherGestion = context.Person("prof.gestion");
        Guid Learner(int index) => context.Learner(index);

        // Both establishments work with structures of the same SIRETs (a company may host learners of two schools), under other names.
        var lemoine = Host(context, context.Pick("Cabinet Lemoine Conseil", "Cabinet Arnoux Conseil"), "99900000100019", HostKind.Company, HostSize.Sme, "Conseil en systèmes d'information", "12 rue des Tilleuls", "69003", "Lyon", now);
        var julien = Contact(lemoine, context.FirstName(tutor), context.LastName(tutor), "Responsable informatique", context.Email("tuteur"), tutor);
        var manager = context.Pick(("Nadia", "Ferrand", "nadia.ferrand@lemoine-conseil.example"), ("Sylvie", "Aubry", "sylvie.aubry@arnoux-conseil.example"));
        Contact(lemoine, manager.Item1, manager.Item2, "Gérante", manager.Item3);
        var ateliers = Host(context, context.Pick("Association Les Ateliers du Lien", "Association Clic Solidaire"), "99900000200017", HostKind.Association, HostSize.Micro, "Médiation numérique", "4 place du Marché", "69007", "Lyon", now);
        var karim = context.IsSecond
            ? Contact(ateliers, "Yacine", "Haddad", "Coordinateur", "yacine.haddad@clic-solidaire.example")
            : Contact(ateliers, "Karim", "Benali", "Coordinateur", "karim.benali@ateliers-du-lien.example");
        var mairie = Host(context, context.Pick("Mairie de Ville-Fictive", "Mairie de Bourg-Fictif"), "99900000300015", HostKind.PublicBody, HostSize.Sme, "Administration territoriale", "1 place de la Mairie", "69500", context.Pick("Ville-Fictive", "Bourg-Fictif"), now);
        var elodie = context.IsSecond
            ? Contact(mairie, "Pauline", "Besson", "Responsable du service numérique", "pauline.besson@bourg-fictif.example")
            : Contact(mairie, "Élodie", "Rivière", "Responsable du service numérique", "elodie.riviere@ville-fictive.example");
        var duval = Host(context, context.Pick("Imprimerie Duval & Fils", "Imprimerie Marchetti & Fils"), "99900000400013", HostKind.Company, HostSize.Sme, "Imprimerie, arts graphiques", "27 avenue des Arts", "69100", "Villeurbanne", now);
        var marc = context.IsSecond
            ? Contact(duval, "Paul", "Marchetti", "Gérant", "paul.marchetti@imprimerie-marchetti.example")
            : Contact(duval, "Marc", "Duval", "Gérant", "marc.duval@imprimerie-duval.example");
        var startOuest = Host(context, context.Pick("Start'Ouest", "Pépinière Est'Innov"), "99900000500010", HostKind.Association, HostSize.Micro, "Incubateur de jeunes entreprises", "8 quai des Innovations", "69009", "Lyon", now);
        var leon = context.IsSecond
            ? Contact(startOuest, "Moussa", "Diallo", "Chargé de communication", "moussa.diallo@est-innov.example")
            : Contact(startOuest, "Léon", "Traoré", "Chargé de communication", "leon.traore@startouest.example");
        var pixel = Host(context, context.Pick("Agence Pixel & Sens", "Agence Trait d'Union Web"), "99900000600018", HostKind.Company, HostSize.Micro, "Agence web", "3 rue du Code", "69002", "Lyon", now);
        var creative = context.Pick(("Inès", "Caradec", "ines.caradec@pixel-sens.example"), ("Anaïs", "Leroux", "anais.leroux@trait-d-union.example"));
        Contact(pixel, creative.Item1, creative.Item2, "Directrice de création", creative.Item3);

        db.HostOrganisations.AddRange(lemoine, ateliers, mairie, duval, startOuest, pixel);
        foreach (var contact in new[] { karim, elodie, marc, leon })
        {
            contact.UserId = await TutorAccountAsync(contact, context.EstablishmentId, now);
        }

        if (!await db.SchoolHolidays.AnyAsync(h => h.EstablishmentId == context.EstablishmentId, cancellationToken))
        {
            var christmas = monday.AddDays(33);
            const string christmasName = "Vacances de Noël (démonstration)";
            db.SchoolHolidays.Add(new SchoolHoliday { EstablishmentId = context.EstablishmentId, Name = christmasName, Start = christmas, End = christmas.AddDays(15) });
        }

        var competences = await db.FrameworkElements.Where(e => e.FrameworkId == context.FrameworkId && e.Kind == ElementKind.Competence)
            .ToDictionaryAsync(e => e.Code, e => e.Id, cancellationToken);
        var claire = new ConventionActor(referent, context.Name(referent), ConventionCapacities.Referent);
        var tutorActor = new ConventionActor(tutor, context.Name(tutor), "tuteur");
        var start = now.AddDays(-50);
        const string plannedActivities = "Assistance aux utilisateurs (premier niveau), gestion des comptes et des droits d'accès, mise à jour du site web et des réseaux sociaux.";

        // Hugo Lefèvre: a finished fortnight (appraised, visited, attested), then an ongoing month, both with Julien Morel.
        var hugoFirst = Period(context, Learner(1), lemoine, julien, teacherGestion, monday.AddDays(-42), monday.AddDays(-31), plannedActivities,
            [competences["C2.1"], competences["C2.2"], competences["C3.1"]], now);
        Signed(hugoFirst, claire, new(Learner(1), context.Name(Learner(1)), "apprenant(e)"), tutorActor, start);
        hugoFirst.ActivitiesDone = "Inventaire du parc applicatif, création des comptes de deux nouveaux salariés, rédaction d'un guide de premier niveau pour l'outil de visioconférence.";
        hugoFirst.TutorComment = $"{context.FirstName(Learner(1))} s'est vite intégré à l'équipe. Il est rigoureux dans la gestion des comptes ; il doit encore gagner en aisance à l'oral avec les utilisateurs.";
        hugoFirst.AppraisedAt = now.AddDays(-28);
        foreach (var (code, level, comment) in new[] { ("C2.1", 3, "Inventaire complet et bien documenté."), ("C2.2", 3, (string?)null), ("C3.1", 2, "Guide utile, à compléter par des captures d'écran.") })
        {
            db.Assessments.Add(new Assessment
            {
                LearnerId = hugoFirst.LearnerId, CohortId = context.CohortId, ElementId = competences[code], AssessorId = tutor, AssessorRole = AssessorRole.Tutor,
                Level = level, Comment = comment, Context = AssessmentContext.Pfmp, ContextId = hugoFirst.Id, ObservedOn = hugoFirst.End, RecordedAt = now.AddDays(-28),
            });
        }

        db.PfmpVisits.Add(new PfmpVisit
        {
            PeriodId = hugoFirst.Id, TeacherId = teacherGestion, PlannedOn = monday.AddDays(-37), DoneOn = monday.AddDays(-37),
            Mode = VisitMode.OnSite, PeopleMet = $"{context.Name(tutor)} (tuteur), {manager.Item1} {manager.Item2} (gérante)",
            Notes = "Bon accueil ; missions conformes à l'annexe pédagogique. Prévoir davantage de contacts avec les utilisateurs lors de la prochaine période.", CreatedAt = now.AddDays(-45),
        });
        var hugoSecond = Period(context, Learner(1), lemoine, julien, teacherGestion, monday.AddDays(-14), monday.AddDays(11), plannedActivities,
            [competences["C2.3"], competences["C3.1"], competences["C3.2"]], now);
        Signed(hugoSecond, claire, new(Learner(1), context.Name(Learner(1)), "apprenant(e)"), tutorActor, start.AddDays(10));

        // Léa Moreau: an ongoing month with Julien Morel (one absence, a visit planned), and a later draft at the same structure.
        var lea = Period(context, Learner(0), lemoine, julien, teacherEco, monday.AddDays(-14), monday.AddDays(11),
            "Mise à jour du site web du cabinet, publication sur les réseaux sociaux, participation au projet de refonte de l'intranet.",
            [competences["C1.1"], competences["C1.2"], competences["C1.3"]], now);
        Signed(lea, claire, new(Learner(0), context.Name(Learner(0)), "apprenant(e)"), tutorActor, start.AddDays(12));
        lea.Absences.Add(new PfmpAbsence { PeriodId = lea.Id, Day = monday.AddDays(-11), Reason = "Rendez-vous médical", Justified = true, RecordedById = tutor, RecordedAt = now.AddDays(-10) });
        db.PfmpVisits.Add(new PfmpVisit { PeriodId = lea.Id, TeacherId = teacherEco, PlannedOn = monday.AddDays(4), Mode = VisitMode.OnSite, CreatedAt = now.AddDays(-7) });
        Period(context, Learner(0), lemoine, julien, teacherEco, monday.AddDays(105), monday.AddDays(144), null, [competences["C1.1"], competences["C2.3"]], now);

        // Inès Dubois: sent, signed by the school so far. Nathan Girard: a draft. Chloé Roux: refused by the host.
        var ines = Period(context, Learner(2), ateliers, karim, referent, monday.AddDays(49), monday.AddDays(74), "Animation d'ateliers d'initiation au numérique, création de tutoriels.",
            [competences["C3.1"], competences["C3.2"]], now);
        ines.Convention.Send(claire, start.AddDays(20));
        ines.Convention.Sign(ConventionParty.Establishment, claire, start.AddDays(20));
        Period(context, Learner(3), mairie, elodie, referent, monday.AddDays(77), monday.AddDays(102), "Gestion des comptes des agents, sensibilisation à la sécurité.", [competences["C2.3"]], now);
        var chloe = Period(context, Learner(4), duval, marc, referent, monday.AddDays(21), monday.AddDays(46), null, [competences["C1.1"]], now);
        chloe.Convention.Send(claire, start.AddDays(25));
        chloe.Convention.Refuse(new(tutor, $"{marc.FirstName} {marc.LastName}", "tuteur"), start.AddDays(27), "L'imprimerie est fermée la dernière semaine de décembre : décaler la période ou l'écourter.", ConventionParty.HostOrganisation);

        // Manon Mercier: two periods that overlap one week, the first through the Christmas holidays.
        Period(context, Learner(6), duval, marc, referent, monday.AddDays(28), monday.AddDays(53), null, [competences["C2.2"]], now);
        Period(context, Learner(6), startOuest, leon, referent, monday.AddDays(49), monday.AddDays(74), null, [competences["C1.2"]], now);

        await db.SaveChangesAsync(cancellationToken);

        // The tutor of Inès's period (apprenant03) comes in through a link, as tutors without an account do.
        var (link, _) = TutorLink.Create(karim.UserId!.Value, referent, now.AddDays(-2), TimeSpan.FromDays(30));
        link.TokenHash = TutorLink.Hash(context.LinkToken(TutorLinkPurpose));
        db.TutorLinks.Add(link);

        // The attestation of Hugo's finished period is printed by the job worker once the demo is up.
        jobs.Enqueue(PfmpDocumentJob.JobKind, new Message("{0} — {1}", PfmpLabels.Document(PfmpDocumentKind.Attestation), context.Name(Learner(1))), new PfmpDocumentJob.Payload(hugoFirst.Id, PfmpDocumentKind.Attestation), referent);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static HostOrganisation Host(DemoContext context, string name, string siret, HostKind kind, HostSize size, string sector, string street, string postalCode, string city, DateTime now)
    {
        var host = new HostOrganisation
        {
            EstablishmentId = context.EstablishmentId, Name = name, Siret = siret, Kind = kind, Size = size, Sector = sector,
            Street = street, PostalCode = postalCode, City = city, CreatedAt = now,
        };
        host.Touch(now);
        return host;
    }

    private static HostContact Contact(HostOrganisation host, string first, string last, string position, string email, Guid? userId = null)
    {
        var contact = new HostContact { HostOrganisationId = host.Id, FirstName = first, LastName = last, Position = position, Email = email, UserId = userId };
        host.Contacts.Add(contact);
        return contact;
    }

    private PfmpPeriod Period(DemoContext context, Guid learner, HostOrganisation host, HostContact tutor, Guid teacher, DateOnly start, DateOnly end,
        string? activities, Guid[] targets, DateTime now)
    {
        var period = PfmpPeriod.New(context.CohortId, learner, host.Id, now);
        period.TutorContactId = tutor.Id;
        period.TutorId = tutor.UserId;
        period.ReferentTeacherId = teacher;
        period.Start = start;
        period.End = end;
        period.WeeklyHours = 35;
        period.PlannedActivities = activities;
        period.Targets.AddRange(targets.Select(t => new PfmpTarget { PeriodId = period.Id, ElementId = t }));
        db.PfmpPeriods.Add(period);
        return period;
    }

    private static void Signed(PfmpPeriod period, ConventionActor school, ConventionActor learner, ConventionActor host, DateTime at)
    {
        period.Convention.Send(school, at);
        period.Convention.Sign(ConventionParty.Establishment, school, at);
        period.Convention.Sign(ConventionParty.Learner, learner, at.AddDays(1));
        period.Convention.Sign(ConventionParty.HostOrganisation, host, at.AddDays(2));
    }

    /// <summary>Demo tutors other than Julien Morel come in through links: an account without password.</summary>
    private async Task<Guid> TutorAccountAsync(HostContact contact, Guid establishmentId, DateTime now)
    {
        var user = new User
        {
            FirstName = contact.FirstName, LastName = contact.LastName, Email = contact.Email, UserName = contact.Email, EmailConfirmed = true,
            EstablishmentId = establishmentId, CreatedAt = now,
        };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Tutor);
        }

        return result.Succeeded ? user.Id : throw new InvalidOperationException($"Demo tutor {contact.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
