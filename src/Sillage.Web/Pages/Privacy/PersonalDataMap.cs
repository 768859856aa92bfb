using Microsoft.AspNetCore.Identity;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Privacy;

/// <summary>What erasing a person does to a row that refers to them.</summary>
public enum PersonalDataHandling
{
    /// <summary>The rows are deleted (their files too).</summary>
    Delete = 1,

    /// <summary>The rows are kept but no longer name anyone: they point to the erased account, whose name, e-mail and
    /// login are wiped (a pseudonym).</summary>
    Keep = 2,
}

/// <summary>One person reference of the database: an entity, the property holding the person's id, what erasure
/// does to the rows, and why (French, shown to the administrator before an erasure and in docs/personal-data.md).</summary>
public sealed record PersonalDataRule(Type Entity, string Property, PersonalDataHandling Handling, string Description, string Reason);

/// <summary>
/// Every place the database refers to a person, and how erasure, the personal-data download and the retention job
/// treat it. <see cref="PersonErasure"/> executes the Delete rules in this order (children before parents), then
/// anonymises the <see cref="User"/> row itself. A test walks the EF model and fails when an entity has a person
/// reference (a property named *PersonId, *LearnerId, *UserId, *AuthorId, *ById… or a foreign key to
/// <see cref="User"/>) that this map does not list: a new feature (PFMP, situations, certification) adds its lines here.
/// </summary>
public static class PersonalDataMap
{
    private const string OwnData = "Données de la personne elle-même : supprimées.";
    private const string ExamCopy = "Dossier de l'apprenant : supprimé. Les résultats officiels de l'examen sont conservés par le service des examens (rectorat), pas par Sillage.";
    private const string SchoolRecord = "Document de travail de l'établissement : conservé, la personne y apparaît comme « Personne effacée ».";
    private const string OthersRecord = "Fait partie du dossier d'une autre personne (ou de l'historique d'un apprenant) : conservé, l'auteur apparaît comme « Personne effacée ».";

    public static readonly IReadOnlyList<PersonalDataRule> Rules =
    [
        new(typeof(IdentityUserRole<Guid>), nameof(IdentityUserRole<Guid>.UserId), PersonalDataHandling.Delete, "Rôles du compte", OwnData),
        new(typeof(IdentityUserClaim<Guid>), nameof(IdentityUserClaim<Guid>.UserId), PersonalDataHandling.Delete, "Attributs du compte", OwnData),
        new(typeof(IdentityUserLogin<Guid>), nameof(IdentityUserLogin<Guid>.UserId), PersonalDataHandling.Delete, "Connexions externes (ENT)", OwnData),
        new(typeof(IdentityUserToken<Guid>), nameof(IdentityUserToken<Guid>.UserId), PersonalDataHandling.Delete, "Jetons (double authentification)", OwnData),
        new(typeof(PersonalAccessToken), nameof(PersonalAccessToken.UserId), PersonalDataHandling.Delete, "Jetons d'accès à l'API", OwnData),
        new(typeof(Notification), nameof(Notification.UserId), PersonalDataHandling.Delete, "Notifications reçues", OwnData),
        new(typeof(NotificationSettings), nameof(NotificationSettings.UserId), PersonalDataHandling.Delete, "Préférences de notification", OwnData),
        new(typeof(TraceDraft), nameof(TraceDraft.AuthorId), PersonalDataHandling.Delete, "Brouillons non enregistrés", OwnData),
        new(typeof(ShareLink), nameof(ShareLink.OwnerId), PersonalDataHandling.Delete, "Liens de partage créés", OwnData),
        new(typeof(ShareLink), nameof(ShareLink.RecipientId), PersonalDataHandling.Delete, "Partages reçus", OwnData),
        new(typeof(FeedbackRequest), nameof(FeedbackRequest.LearnerId), PersonalDataHandling.Delete, "Demandes de retour", OwnData),
        new(typeof(AgreedAction), nameof(AgreedAction.LearnerId), PersonalDataHandling.Delete, "Actions convenues en entretien", OwnData),
        new(typeof(Sillage.Domain.Career.ProfessionalProject), nameof(Sillage.Domain.Career.ProfessionalProject.LearnerId), PersonalDataHandling.Delete, "Projet professionnel (étapes, liens, historique des modifications)", OwnData),
        new(typeof(Sillage.Domain.Career.PixResult), nameof(Sillage.Domain.Career.PixResult.LearnerId), PersonalDataHandling.Delete, "Résultats Pix (profil, certification)", OwnData),
        new(typeof(Sillage.Domain.FilRouge.ServiceAssignment), nameof(Sillage.Domain.FilRouge.ServiceAssignment.LearnerId), PersonalDataHandling.Delete, "Affectations aux services de l'entreprise fil rouge", OwnData),
        new(typeof(Sillage.Domain.FilRouge.ServiceAssignment), nameof(Sillage.Domain.FilRouge.ServiceAssignment.AssignedById), PersonalDataHandling.Keep, "Affectations aux services décidées", SchoolRecord),
        new(typeof(Sillage.Domain.FilRouge.UserRequest), nameof(Sillage.Domain.FilRouge.UserRequest.HandlerId), PersonalDataHandling.Keep, "Demandes des utilisateurs prises en charge (jeu de rôle)", SchoolRecord),
        new(typeof(Sillage.Domain.FilRouge.UserRequest), nameof(Sillage.Domain.FilRouge.UserRequest.CreatedById), PersonalDataHandling.Keep, "Demandes des utilisateurs envoyées (jeu de rôle)", SchoolRecord),
        new(typeof(Sillage.Domain.FilRouge.UserRequest), nameof(Sillage.Domain.FilRouge.UserRequest.MarkedById), PersonalDataHandling.Keep, "Appréciations de demandes traitées", SchoolRecord),
        new(typeof(Sillage.Domain.FilRouge.RequestEntry), nameof(Sillage.Domain.FilRouge.RequestEntry.AuthorId), PersonalDataHandling.Keep, "Étapes et réponses des demandes des utilisateurs", SchoolRecord),
        new(typeof(Sillage.Domain.Career.GraduateSituation), nameof(Sillage.Domain.Career.GraduateSituation.LearnerId), PersonalDataHandling.Delete, "Situation 6 et 12 mois après la formation", OwnData),
        new(typeof(Sillage.Domain.Career.FollowUpLink), nameof(Sillage.Domain.Career.FollowUpLink.LearnerId), PersonalDataHandling.Delete, "Liens reçus pour indiquer sa situation après la formation", OwnData),
        new(typeof(LearnerTraceCount), nameof(LearnerTraceCount.LearnerId), PersonalDataHandling.Delete, "Nombre de traces par compétence (suivi)", OwnData),
        new(typeof(LearnerPortfolioActivity), nameof(LearnerPortfolioActivity.LearnerId), PersonalDataHandling.Delete, "Dernière activité du dossier (suivi)", OwnData),
        new(typeof(LearnerElementLevel), nameof(LearnerElementLevel.LearnerId), PersonalDataHandling.Delete, "Niveau actuel par compétence (suivi)", OwnData),
        new(typeof(InterviewParticipant), nameof(InterviewParticipant.PersonId), PersonalDataHandling.Delete, "Présences aux entretiens d'autres apprenants", "Mention de présence : supprimée, le compte rendu de l'entretien reste."),
        new(typeof(Interview), nameof(Interview.LearnerId), PersonalDataHandling.Delete, "Entretiens formatifs de l'apprenant", OwnData),
        new(typeof(Assessment), nameof(Assessment.LearnerId), PersonalDataHandling.Delete, "Positionnements reçus", OwnData),
        new(typeof(PortfolioExport), nameof(PortfolioExport.LearnerId), PersonalDataHandling.Delete, "Exports de son dossier (et leurs fichiers)", OwnData),
        new(typeof(PortfolioExport), nameof(PortfolioExport.RequestedById), PersonalDataHandling.Delete, "Exports demandés (et leurs fichiers)", "Copies temporaires : supprimées."),
        new(typeof(BackgroundJob), nameof(BackgroundJob.OwnerId), PersonalDataHandling.Delete, "Tâches et fichiers produits", "Copies temporaires : supprimées."),
        new(typeof(Sillage.Domain.Certification.JuryEvaluation), nameof(Sillage.Domain.Certification.JuryEvaluation.CandidateId), PersonalDataHandling.Delete, "Grilles du jury sur ses dossiers", ExamCopy),
        new(typeof(Sillage.Domain.Certification.ExamCandidate), nameof(Sillage.Domain.Certification.ExamCandidate.LearnerId), PersonalDataHandling.Delete, "Convocations aux sessions d'examen (et PDF anonymisés)", ExamCopy),
        new(typeof(Sillage.Domain.Certification.DossierSnapshot), nameof(Sillage.Domain.Certification.DossierSnapshot.LearnerId), PersonalDataHandling.Delete, "Dossiers de certification soumis (instantanés, PDF, copies des fichiers)", ExamCopy),
        new(typeof(Sillage.Domain.Certification.CertificationDossier), nameof(Sillage.Domain.Certification.CertificationDossier.LearnerId), PersonalDataHandling.Delete, "Dossiers de certification en préparation", ExamCopy),
        new(typeof(Sillage.Domain.Certification.ExamJuror), nameof(Sillage.Domain.Certification.ExamJuror.PersonId), PersonalDataHandling.Delete, "Participation à des jurys", "Affectation : supprimée, les grilles restent (auteur « Personne effacée »)."),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfFile), nameof(Sillage.Domain.Certification.Ccf.CcfFile.CandidateId), PersonalDataHandling.Delete, "Productions déposées pendant les épreuves en CCF (et leurs fichiers)", ExamCopy),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfEvidence), nameof(Sillage.Domain.Certification.Ccf.CcfEvidence.LearnerId), PersonalDataHandling.Delete, "Éléments de preuve réunis par l'équipe pour ses épreuves (et leurs fichiers)", ExamCopy),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfExamResult), nameof(Sillage.Domain.Certification.Ccf.CcfExamResult.LearnerId), PersonalDataHandling.Delete, "Notes proposées pour ses épreuves en CCF", ExamCopy),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfJuryDecision), nameof(Sillage.Domain.Certification.Ccf.CcfJuryDecision.LearnerId), PersonalDataHandling.Delete, "Décisions du jury sur son CCF", ExamCopy),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfProjectMember), nameof(Sillage.Domain.Certification.Ccf.CcfProjectMember.LearnerId), PersonalDataHandling.Delete, "Participation aux projets collectifs d'épreuve (contribution)", OwnData),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfCandidate), nameof(Sillage.Domain.Certification.Ccf.CcfCandidate.LearnerId), PersonalDataHandling.Delete, "Convocations, présences, aménagements et grilles des situations de CCF", ExamCopy),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfEvaluator), nameof(Sillage.Domain.Certification.Ccf.CcfEvaluator.PersonId), PersonalDataHandling.Delete, "Affectation comme évaluateur de situations de CCF", "Affectation : supprimée, les grilles restent (signataire « Personne effacée »)."),
        new(typeof(Sillage.Domain.Pfmp.PfmpApplication), nameof(Sillage.Domain.Pfmp.PfmpApplication.LearnerId), PersonalDataHandling.Delete, "Candidatures notées pour trouver une PFMP", OwnData),
        new(typeof(Sillage.Domain.Pfmp.HostProposal), nameof(Sillage.Domain.Pfmp.HostProposal.LearnerId), PersonalDataHandling.Delete, "Structures proposées pour une PFMP (la fiche de l'annuaire qui en est issue reste)", OwnData),
        new(typeof(Sillage.Domain.Pfmp.PfmpDocument), nameof(Sillage.Domain.Pfmp.PfmpDocument.LearnerId), PersonalDataHandling.Delete, "Attestations, bilans et conventions imprimées de ses PFMP", OwnData),
        new(typeof(Sillage.Domain.Pfmp.PfmpPeriod), nameof(Sillage.Domain.Pfmp.PfmpPeriod.LearnerId), PersonalDataHandling.Delete, "Périodes de PFMP (convention, absences, visites, objectifs)", OwnData),
        new(typeof(Sillage.Domain.Pfmp.TutorLink), nameof(Sillage.Domain.Pfmp.TutorLink.TutorId), PersonalDataHandling.Delete, "Liens d'accès de tuteur reçus", OwnData),
        new(typeof(Sillage.Domain.Certification.JuryLink), nameof(Sillage.Domain.Certification.JuryLink.JurorId), PersonalDataHandling.Delete, "Liens d'accès de membre du jury reçus", OwnData),
        new(typeof(Sillage.Domain.Situations.SituationAssignmentLearner), nameof(Sillage.Domain.Situations.SituationAssignmentLearner.LearnerId), PersonalDataHandling.Delete, "Situations attribuées nommément", OwnData),
        new(typeof(Sillage.Domain.Teaching.SessionAttendance), nameof(Sillage.Domain.Teaching.SessionAttendance.LearnerId), PersonalDataHandling.Delete, "Absences et retards aux séances du cahier de textes", OwnData),
        new(typeof(Sillage.Domain.People.LearnerProfile), nameof(Sillage.Domain.People.LearnerProfile.LearnerId), PersonalDataHandling.Delete, "Profil de parcours (statut, diplôme d'origine, expérience, financeur)", OwnData),
        new(typeof(Sillage.Domain.People.PathAdjustment), nameof(Sillage.Domain.People.PathAdjustment.LearnerId), PersonalDataHandling.Delete, "Aménagements de son parcours", OwnData),
        new(typeof(Sillage.Domain.Partners.PartnershipActionLearner), nameof(Sillage.Domain.Partners.PartnershipActionLearner.LearnerId), PersonalDataHandling.Delete, "Participation aux événements de partenariat", OwnData),
        new(typeof(Trace), nameof(Trace.LearnerId), PersonalDataHandling.Delete, "Traces du dossier, avec leurs versions, pièces jointes, liens aux compétences et retours", OwnData),
        new(typeof(Sillage.Domain.People.CohortMember), nameof(Sillage.Domain.People.CohortMember.PersonId), PersonalDataHandling.Delete, "Inscriptions dans les promotions", OwnData),
        new(typeof(Assessment), nameof(Assessment.AssessorId), PersonalDataHandling.Keep, "Positionnements donnés à d'autres apprenants", OthersRecord),
        new(typeof(Interview), nameof(Interview.AuthorId), PersonalDataHandling.Keep, "Entretiens menés avec d'autres apprenants", OthersRecord),
        new(typeof(AgreedAction), nameof(AgreedAction.DoneById), PersonalDataHandling.Keep, "Actions marquées faites", OthersRecord),
        new(typeof(Sillage.Domain.Career.ProjectStep), nameof(Sillage.Domain.Career.ProjectStep.AddedById), PersonalDataHandling.Keep, "Étapes ajoutées en entretien au projet professionnel d'autres apprenants", OthersRecord),
        new(typeof(Sillage.Domain.Career.ProjectRevision), nameof(Sillage.Domain.Career.ProjectRevision.ChangedById), PersonalDataHandling.Keep, "Modifications de projets professionnels", OthersRecord),
        new(typeof(Sillage.Domain.Career.GraduateSituation), nameof(Sillage.Domain.Career.GraduateSituation.RecordedById), PersonalDataHandling.Keep, "Situations après la formation saisies pour d'autres apprenants", SchoolRecord),
        new(typeof(Sillage.Domain.Career.FollowUpLink), nameof(Sillage.Domain.Career.FollowUpLink.CreatedById), PersonalDataHandling.Keep, "Liens de suivi après la formation envoyés", SchoolRecord),
        new(typeof(FeedbackComment), nameof(FeedbackComment.AuthorId), PersonalDataHandling.Keep, "Retours écrits sur les traces d'autres apprenants", OthersRecord),
        new(typeof(FeedbackComment), nameof(FeedbackComment.ResolvedById), PersonalDataHandling.Keep, "Fils de retours marqués résolus", OthersRecord),
        new(typeof(FeedbackRequest), nameof(FeedbackRequest.AnsweredById), PersonalDataHandling.Keep, "Demandes de retour traitées", OthersRecord),
        new(typeof(TraceRevision), nameof(TraceRevision.AuthorId), PersonalDataHandling.Keep, "Versions de traces", OthersRecord),
        new(typeof(Attachment), nameof(Attachment.UploadedById), PersonalDataHandling.Keep, "Pièces jointes déposées", OthersRecord),
        new(typeof(Sillage.Domain.Frameworks.Framework), nameof(Sillage.Domain.Frameworks.Framework.ImportedById), PersonalDataHandling.Keep, "Référentiels importés", "Donnée technique de l'établissement : conservée, sans nom."),
        new(typeof(Sillage.Domain.Frameworks.FrameworkDraft), nameof(Sillage.Domain.Frameworks.FrameworkDraft.CreatedById), PersonalDataHandling.Keep, "Brouillons de référentiel", "Donnée technique de l'établissement : conservée, sans nom."),
        new(typeof(Sillage.Domain.Frameworks.FrameworkDraft), nameof(Sillage.Domain.Frameworks.FrameworkDraft.UpdatedById), PersonalDataHandling.Keep, "Brouillons de référentiel", "Donnée technique de l'établissement : conservée, sans nom."),
        new(typeof(Sillage.Domain.Certification.JuryEvaluation), nameof(Sillage.Domain.Certification.JuryEvaluation.JurorId), PersonalDataHandling.Keep, "Grilles remplies comme membre du jury", OthersRecord),
        new(typeof(Sillage.Domain.Certification.DossierComment), nameof(Sillage.Domain.Certification.DossierComment.AuthorId), PersonalDataHandling.Keep, "Commentaires sur les dossiers de certification d'autres apprenants", OthersRecord),
        new(typeof(Sillage.Domain.Certification.ExamSession), nameof(Sillage.Domain.Certification.ExamSession.CreatedById), PersonalDataHandling.Keep, "Sessions d'examen créées", SchoolRecord),
        new(typeof(Sillage.Domain.Certification.SubmissionRequirement), nameof(Sillage.Domain.Certification.SubmissionRequirement.UpdatedById), PersonalDataHandling.Keep, "Exigences de dépôt fixées", SchoolRecord),
        new(typeof(Sillage.Domain.Pfmp.PfmpPeriod), nameof(Sillage.Domain.Pfmp.PfmpPeriod.TutorId), PersonalDataHandling.Keep, "Tutorat des PFMP d'autres apprenants", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.PfmpPeriod), nameof(Sillage.Domain.Pfmp.PfmpPeriod.ReferentTeacherId), PersonalDataHandling.Keep, "Suivi de PFMP comme enseignant référent", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.HostProposal), nameof(Sillage.Domain.Pfmp.HostProposal.ValidatedById), PersonalDataHandling.Keep, "Structures proposées par des apprenants et validées dans l'annuaire", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.PfmpVisit), nameof(Sillage.Domain.Pfmp.PfmpVisit.TeacherId), PersonalDataHandling.Keep, "Visites de PFMP faites", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.PfmpAbsence), nameof(Sillage.Domain.Pfmp.PfmpAbsence.RecordedById), PersonalDataHandling.Keep, "Absences saisies", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.PfmpDocument), nameof(Sillage.Domain.Pfmp.PfmpDocument.CreatedById), PersonalDataHandling.Keep, "Documents de PFMP produits", OthersRecord),
        new(typeof(Sillage.Domain.Pfmp.ConventionEvent), nameof(Sillage.Domain.Pfmp.ConventionEvent.ActorId), PersonalDataHandling.Keep, "Étapes de conventions (envoi, signature, refus)", "Trace de qui a signé quoi : conservée sous forme pseudonymisée avec la convention."),
        new(typeof(Sillage.Domain.Pfmp.TutorLink), nameof(Sillage.Domain.Pfmp.TutorLink.CreatedById), PersonalDataHandling.Keep, "Liens de tuteur créés", SchoolRecord),
        new(typeof(Sillage.Domain.Certification.JuryLink), nameof(Sillage.Domain.Certification.JuryLink.CreatedById), PersonalDataHandling.Keep, "Liens de membre du jury créés", SchoolRecord),
        new(typeof(Sillage.Domain.Partners.HostContact), nameof(Sillage.Domain.Partners.HostContact.UserId), PersonalDataHandling.Keep, "Fiche de contact dans le répertoire des partenaires", "Fiche du répertoire de l'établissement : le lien au compte est conservé ; nom et coordonnées de la fiche se modifient ou se suppriment dans le répertoire."),
        new(typeof(Sillage.Domain.Situations.SituationAssignment), nameof(Sillage.Domain.Situations.SituationAssignment.AssignedById), PersonalDataHandling.Keep, "Situations attribuées à des promotions", SchoolRecord),
        new(typeof(Sillage.Domain.Situations.Situation), nameof(Sillage.Domain.Situations.Situation.CreatedById), PersonalDataHandling.Keep, "Situations professionnelles créées", SchoolRecord),
        new(typeof(Sillage.Domain.Situations.Situation), nameof(Sillage.Domain.Situations.Situation.UpdatedById), PersonalDataHandling.Keep, "Situations professionnelles modifiées", SchoolRecord),
        new(typeof(Sillage.Domain.Situations.SituationVersion), nameof(Sillage.Domain.Situations.SituationVersion.AuthorId), PersonalDataHandling.Keep, "Versions de situations", SchoolRecord),
        new(typeof(Sillage.Domain.Situations.SituationDocument), nameof(Sillage.Domain.Situations.SituationDocument.UploadedById), PersonalDataHandling.Keep, "Documents de situations déposés", SchoolRecord),
        new(typeof(Sillage.Domain.Organisations.OrganisationDocument), nameof(Sillage.Domain.Organisations.OrganisationDocument.UploadedById), PersonalDataHandling.Keep, "Documents d'organisations déposés", SchoolRecord),
        new(typeof(Sillage.Domain.Plan.TrainingPlan), nameof(Sillage.Domain.Plan.TrainingPlan.UpdatedById), PersonalDataHandling.Keep, "Plans de formation modifiés", SchoolRecord),
        new(typeof(Sillage.Domain.Teaching.ClassSession), nameof(Sillage.Domain.Teaching.ClassSession.CreatedById), PersonalDataHandling.Keep, "Séances du cahier de textes saisies", SchoolRecord),
        new(typeof(Sillage.Domain.Teaching.ClassSession), nameof(Sillage.Domain.Teaching.ClassSession.UpdatedById), PersonalDataHandling.Keep, "Séances du cahier de textes modifiées", SchoolRecord),
        new(typeof(Sillage.Domain.Teaching.ClassSessionTeacher), nameof(Sillage.Domain.Teaching.ClassSessionTeacher.TeacherId), PersonalDataHandling.Keep, "Séances du cahier de textes assurées", SchoolRecord),
        new(typeof(Sillage.Domain.Teaching.SessionAttendance), nameof(Sillage.Domain.Teaching.SessionAttendance.RecordedById), PersonalDataHandling.Keep, "Absences et retards saisis", OthersRecord),
        new(typeof(Sillage.Domain.People.LearnerProfile), nameof(Sillage.Domain.People.LearnerProfile.UpdatedById), PersonalDataHandling.Keep, "Profils de parcours d'apprenants modifiés", OthersRecord),
        new(typeof(Sillage.Domain.People.PathAdjustment), nameof(Sillage.Domain.People.PathAdjustment.CreatedById), PersonalDataHandling.Keep, "Aménagements de parcours d'apprenants saisis", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfSitting), nameof(Sillage.Domain.Certification.Ccf.CcfSitting.CreatedById), PersonalDataHandling.Keep, "Situations de CCF planifiées", SchoolRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfProject), nameof(Sillage.Domain.Certification.Ccf.CcfProject.CreatedById), PersonalDataHandling.Keep, "Projets collectifs d'épreuve créés", SchoolRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfGrid), nameof(Sillage.Domain.Certification.Ccf.CcfGrid.UpdatedById), PersonalDataHandling.Keep, "Grilles de CCF remplies", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfGridSignature), nameof(Sillage.Domain.Certification.Ccf.CcfGridSignature.EvaluatorId), PersonalDataHandling.Keep, "Signatures de grilles de CCF", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfFile), nameof(Sillage.Domain.Certification.Ccf.CcfFile.UploadedById), PersonalDataHandling.Keep, "Fichiers de CCF déposés", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfEvidence), nameof(Sillage.Domain.Certification.Ccf.CcfEvidence.CreatedById), PersonalDataHandling.Keep, "Éléments de preuve ajoutés pour d'autres apprenants", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfExamResult), nameof(Sillage.Domain.Certification.Ccf.CcfExamResult.SetById), PersonalDataHandling.Keep, "Notes d'épreuve proposées", OthersRecord),
        new(typeof(Sillage.Domain.Certification.Ccf.CcfJuryDecision), nameof(Sillage.Domain.Certification.Ccf.CcfJuryDecision.DecidedById), PersonalDataHandling.Keep, "Décisions du jury enregistrées", OthersRecord),
        new(typeof(AuditEntry), nameof(AuditEntry.ActorId), PersonalDataHandling.Keep, "Journal d'audit : actions faites", "Obligation de sécurité (RGPD, art. 32) : conservé jusqu'à sa durée de conservation, avec une identité pseudonymisée (le détail est expurgé du nom et de l'e-mail)."),
        new(typeof(AuditEntry), nameof(AuditEntry.SubjectId), PersonalDataHandling.Keep, "Journal d'audit : actions subies", "Obligation de sécurité (RGPD, art. 32) : conservé jusqu'à sa durée de conservation, avec une identité pseudonymisée (le détail est expurgé du nom et de l'e-mail)."),
    ];

    /// <summary>Names of properties that hold a person's id (besides foreign keys to <see cref="User"/>).</summary>
    public static bool LooksLikePersonReference(string property) =>
        property.EndsWith("PersonId", StringComparison.Ordinal) || property.EndsWith("LearnerId", StringComparison.Ordinal)
        || property.EndsWith("UserId", StringComparison.Ordinal) || property.EndsWith("AuthorId", StringComparison.Ordinal)
        || property.EndsWith("ById", StringComparison.Ordinal) || property.EndsWith("OwnerId", StringComparison.Ordinal)
        || property.EndsWith("AssessorId", StringComparison.Ordinal) || property.EndsWith("RecipientId", StringComparison.Ordinal)
        || property.EndsWith("ActorId", StringComparison.Ordinal) || property.EndsWith("TutorId", StringComparison.Ordinal)
        || property.EndsWith("JurorId", StringComparison.Ordinal) || property.EndsWith("CandidateId", StringComparison.Ordinal)
        || property is "SubjectId";

    /// <summary>Kept besides these rows: the <see cref="User"/> row itself, anonymised; e-mails of the outbox are deleted by address.</summary>
    public const string AccountRow = "Le compte lui-même est conservé sous forme anonyme (« Personne effacée », sans e-mail, sans mot de passe, sans date de naissance) pour que les éléments conservés ne désignent plus personne.";
}
