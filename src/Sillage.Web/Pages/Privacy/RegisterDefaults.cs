using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Privacy;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Privacy;

/// <summary>The processing activities of Sillage itself, created at start-up when the registre is empty.
/// Retention periods are the platform's defaults: the establishment's DPO validates or changes them.</summary>
public sealed class RegisterDefaults(SillageDb db, TimeProvider clock) : IShippedData
{
    public int Order => 30;

    private const string PublicInterest = "Mission d'intérêt public d'enseignement et de formation (RGPD, art. 6-1-e)";

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same entries.</summary>
    private const int InstallerVersion = 1;

    public static readonly IReadOnlyList<ProcessingActivity> Entries =
    [
        new()
        {
            Code = "comptes", Name = "Comptes et authentification",
            Purpose = "Donner à chaque personne l'accès à la plateforme selon son rôle ; protéger les comptes (verrouillage après échecs, invitations).",
            LegalBasis = PublicInterest,
            DataSubjects = "Apprenants, enseignants, référents, tuteurs de PFMP, membres de jury, administrateurs",
            DataCategories = "Nom, prénom, adresse e-mail, date de naissance (apprenants), rôle, établissement, promotion et groupe, préférence de langue, dates d'invitation et d'activation, échecs de connexion",
            Recipients = "Administrateurs de la plateforme ; référents de l'établissement pour les comptes de leur établissement",
            Retention = "Durée de la formation, puis 12 mois après la désactivation du compte",
            RetentionMonths = 12, SecurityMeasures = "Mots de passe hachés, verrouillage, limitation des tentatives, cookies sécurisés, journal d'audit",
        },
        new()
        {
            Code = "dossier", Name = "Dossier numérique de l'apprenant",
            Purpose = "Permettre à l'apprenant de rassembler les traces de son activité, de les relier aux compétences et de recevoir des retours formatifs (guide, 3.3.2).",
            LegalBasis = PublicInterest,
            DataSubjects = "Apprenants ; enseignants auteurs de retours",
            DataCategories = "Traces (comptes rendus, productions, réflexions), pièces jointes, versions successives, liens vers les compétences, auto-positionnement, retours et demandes de retour, liens de partage",
            Recipients = "L'apprenant ; les enseignants de sa promotion ; les personnes à qui il partage une trace (lien révocable)",
            Retention = "Durée de la formation, puis 12 mois ; l'apprenant peut exporter son dossier à tout moment pour le garder",
            RetentionMonths = 12, SecurityMeasures = "Accès limité à l'apprenant et à ses enseignants, liens de partage expirants et révocables, contrôle des fichiers déposés",
        },
        new()
        {
            Code = "suivi", Name = "Suivi des compétences et entretiens formatifs",
            Purpose = "Positionner les apprenants sur les compétences du référentiel, tenir le tableau de bord de suivi individuel, consigner les entretiens formatifs et les actions convenues.",
            LegalBasis = PublicInterest,
            DataSubjects = "Apprenants ; enseignants et tuteurs évaluateurs",
            DataCategories = "Positionnements (niveau, date, contexte, commentaire, preuves), entretiens (explications, points forts, axes de progrès), actions et échéances",
            Recipients = "L'apprenant ; les enseignants de sa promotion ; le référent de la formation",
            Retention = "Durée de la formation, puis 12 mois",
            RetentionMonths = 12,
        },
        new()
        {
            Code = "pfmp", Name = "Périodes de formation en milieu professionnel",
            Purpose = "Organiser les PFMP : structures d'accueil, conventions, tuteurs, présences, visites, appréciations, attestations et bilans.",
            LegalBasis = PublicInterest + " ; conventions de PFMP",
            DataSubjects = "Apprenants ; tuteurs et contacts des structures d'accueil ; enseignants référents",
            DataCategories = "Identité et coordonnées professionnelles des tuteurs, périodes et horaires, absences, appréciations, comptes rendus de visite, conventions signées",
            Recipients = "L'apprenant ; son tuteur pour ses propres périodes ; les enseignants et le référent",
            Retention = "Durée de la formation, puis 12 mois ; les attestations et bilans sont remis à l'apprenant",
            RetentionMonths = 12,
        },
        new()
        {
            Code = "certification", Name = "Dossiers de certification",
            Purpose = "Constituer, figer et transmettre au jury les dossiers des épreuves E1 à E3 ; consigner l'évaluation du jury.",
            LegalBasis = PublicInterest,
            DataSubjects = "Candidats ; membres de jury ; enseignants",
            DataCategories = "Dossiers figés (traces, pièces, positionnements à la date de dépôt), empreinte SHA-256, grilles et commentaires du jury, numéro de candidat",
            Recipients = "Les membres de jury affectés, pendant la fenêtre d'examen ; le référent",
            Retention = "Jusqu'à l'expiration des délais de recours contre la délibération du jury : durée à fixer par l'établissement",
            RetentionMonths = null,
        },
        new()
        {
            Code = "audit", Name = "Journal d'audit",
            Purpose = "Tracer les actions sensibles (consultations et modifications des données d'autrui, exports, changements de rôle) pour la sécurité de la plateforme.",
            LegalBasis = "Obligation de sécurité du responsable de traitement (RGPD, art. 32)",
            DataSubjects = "Toutes les personnes ayant un compte",
            DataCategories = "Auteur, action, personne concernée, date et heure, détail",
            Recipients = "Administrateurs de la plateforme",
            Retention = "12 mois",
            RetentionMonths = 12,
        },
        new()
        {
            Code = "courriels", Name = "Courriels envoyés par la plateforme",
            Purpose = "Envoyer les invitations, réinitialisations de mot de passe et notifications.",
            LegalBasis = PublicInterest,
            DataSubjects = "Destinataires des courriels",
            DataCategories = "Adresse e-mail, objet et contenu du message, date d'envoi",
            Recipients = "Le destinataire ; les administrateurs (boîte d'envoi)",
            Retention = "3 mois",
            RetentionMonths = 3,
        },
    ];

    /// <summary>Only the codes: an entry is added when its code is missing, and an existing one is never changed.</summary>
    public string Fingerprint() => ShippedFingerprint.OfValues(InstallerVersion, Entries.Select(e => e.Code));

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        var present = await db.ProcessingActivities.Select(p => p.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, i) in Entries.Select((e, i) => (e, i)).Where(x => !present.Contains(x.e.Code)))
        {
            db.ProcessingActivities.Add(new ProcessingActivity
            {
                Code = entry.Code, Name = entry.Name, Purpose = entry.Purpose, LegalBasis = entry.LegalBasis, DataSubjects = entry.DataSubjects,
                DataCategories = entry.DataCategories, Recipients = entry.Recipients, Retention = entry.Retention, RetentionMonths = entry.RetentionMonths,
                SecurityMeasures = entry.SecurityMeasures, TransfersOutsideEu = entry.TransfersOutsideEu, SortOrder = i, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
