namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

public static partial class MatrixTable
{
    /// <summary>POST handlers no complete body can be harvested for, with why: their refused cells are sent with
    /// the antiforgery token alone and their allowed control is not sent. Keyed "POST Name /path".</summary>
    public static readonly IReadOnlyDictionary<string, string> Unharvestable = new Dictionary<string, string>
    {
        ["POST Disable /compte/double-authentification"] = TwoFactorOn,
        ["POST Knowledge /dossier/traces/{trace}/competences"] = "offered once the trace is linked to a compétence whose savoirs associés the référentiel lists (C2.3 only); the matrix's traces are not (TraceTemplatesTests posts it, and a savoir not offered)",
        ["POST Certificate /suivi/apprenants/{learner}/parcours"] = "the certificate of training is offered for an adult in continuing education; the matrix's learner is a pupil (LearnerPathTests makes one)",
        ["POST RecoveryCodes /compte/double-authentification"] = TwoFactorOn,
        ["POST Confirm /personnes/importer"] = ImportConfirm,
        ["POST Confirm /partenaires/importer"] = ImportConfirm,
        ["POST Confirm /personnes/importer-siecle"] = ImportConfirm,
        ["POST Confirm /personnes/importer-sts"] = ImportConfirm,
        ["POST Remove /certification/dossiers/{dossier}"] = "shown to the owner of a draft dossier only; {dossier} is a submitted one ({draftdossier}'s pages have the draft's forms)",
        ["POST Submit /certification/dossiers/{dossier}"] = "shown to the owner of a draft dossier only; {dossier} is a submitted one",
        ["POST Delete /situations/{situation}/attribuer"] = "lists the situation's assignments; the demo assigns the shared situations, not the establishment's own {situation}",
        ["POST Restore /situations/{situation}/historique"] = "shown only while an older version is displayed, which the page does not open on",
        ["POST Sign /pfmp/mes-periodes"] = Convention,
        ["POST Refuse /pfmp/mes-periodes"] = Convention,
        ["POST Send /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Sign /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Withdraw /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Reopen /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Refuse /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Scan /pfmp/periodes/{period}/convention"] = Convention,
        ["POST Sign /tuteur/periodes/{period}"] = Convention,
        ["POST Refuse /tuteur/periodes/{period}"] = Convention,
        ["POST Restore /dossier/{learner}"] = "shown in the bin only, on a deleted trace; the demo deletes none",
        ["POST Discard /dossier/nouvelle"] = Drafts,
        ["POST Discard /dossier/traces/{trace}/modifier"] = Drafts,
        ["POST Link /pfmp/recherches/propositions/{hostproposal}"] = "offered beside a structure of the directory the proposal may duplicate; the matrix's proposals duplicate none",
        ["POST /pfmp/periodes/{period}/modifier"] = "the form shows only while the convention is a draft; the demo's periods have a sent or signed one",
        ["POST /suivi/promotions/{cohort}/positionner"] = "the grid's form shows once a competence is chosen (a GET form), not on the page as it opens",
        ["POST Correct /certification/ccf/grilles/{ccfcandidate}"] = "shown once every evaluator signed the grid; the matrix's grid is not frozen",
        ["POST CloseRequest /dossier/traces/{trace}"] = "shown on a trace with an open feedback request; the own trace (the one with an attachment) has none",
        ["POST /api/v1/cohorts/{cohort}/learner-imports"] = ApiBody,
        ["POST /api/v1/learners/{learner}/positionnements"] = ApiBody,
        ["POST Upload /certification/ccf/mes-epreuves"] = "the production form shows once the practical sitting has started; the demo's E3-B sitting is in three weeks",
        ["POST /devenir/apprenants/{learner}"] = StillInTraining,
        ["POST Link /devenir/apprenants/{learner}"] = StillInTraining,
        ["POST Revoke /devenir/apprenants/{learner}"] = StillInTraining,
        ["POST Act /bureau/demandes/{userrequest}"] = "offered to the learner handling the request; the matrix's request is new until POST Take's control takes it (AllowedPostTests then finds the form)",
        ["POST Trace /bureau/demandes/{userrequest}"] = "shown to the learner who resolved the request; the matrix's request is new (DeskTests resolve one and make its trace)",
        ["POST /promotions/{cohort}/referentiel"] = "the mapping form shows once a newer version of the cohort's référentiel is chosen; the demo has one version (CohortMoveTests import a second and move the cohort)",
        ["POST Mark /bureau/demandes/{userrequest}"] = "shown on a resolved request; the matrix's request is new (DeskTests mark one)",
    };

    private const string StillInTraining = "the follow-up's forms show for a learner who left the training; the matrix's {learner} is in training (FollowUpTests make learners leave and send them)";

    private const string Convention = "shown only while the convention is in the state the action leaves (draft, sent, awaiting this party's signature, refused); the demo's periods the matrix uses are past it";
    private const string Drafts = "the form lists the learner's other drafts: with one draft the editor resumes it and offers none to discard (ForeignIdTests sends B's draft id)";

    private const string TwoFactorOn = "its form shows once two-factor sign-in is on, and turning it on takes a code of the authenticator app the page does not show";
    private const string ImportConfirm = "its form is the answer to a valid file's preview (it carries the file), never on the page as it opens";

    /// <summary>POST handlers whose allowed control, sent by the owner with the harvested body, is accepted yet
    /// changes nothing in the database, with why. Every other control must change it. Keyed "POST Name /path".</summary>
    public static readonly IReadOnlyDictionary<string, string> ControlsThatChangeNothing = new Dictionary<string, string>
    {
        ["POST Preview /personnes/importer"] = "a preview reads the file and writes nothing",
        ["POST Preview /partenaires/importer"] = "a preview reads the file and writes nothing",
        ["POST Preview /personnes/importer-siecle"] = "a preview reads the file and writes nothing",
        ["POST Preview /personnes/importer-sts"] = "a preview reads the file and writes nothing",
        ["POST Preview /dossier/nouvelle"] = "renders the Markdown it is sent and writes nothing",
        ["POST Check /referentiel/brouillons/{frameworkdraft}"] = "the référentiel editor's validator while typing: it answers with the problems and saves nothing",
        ["POST Preview /dossier/traces/{trace}/modifier"] = "renders the Markdown it is sent and writes nothing",
        ["POST Absence /tuteur/periodes/{period}"] = "the body's day was recorded absent by the establishment's control just before (POST Absence /pfmp/periodes/{period}); a day is recorded once",
    };

    /// <summary>Edit forms that hold the current values: sent as they come they would save them unchanged, so the
    /// allowed control changes one field (field → value) to prove the handler writes. Keyed "POST Name /path".</summary>
    public static readonly IReadOnlyDictionary<string, (string Field, string Value)> ControlEdits = new Dictionary<string, (string, string)>
    {
        ["POST /admin/registre/{activity}"] = ("Input.Name", "Traitement renommé par le contrôle"),
        // The body fills the blank SIRET with the one the control of POST /partenaires/nouveau gave the structure it
        // added: a proposal with a directory entry's SIRET is refused (by design), so these controls send none.
        ["POST /pfmp/ma-recherche/structure/{hostproposal}"] = ("Input.Siret", ""),
        ["POST /pfmp/recherches/propositions/{hostproposal}"] = ("Input.Siret", ""),
        ["POST AssignGroup /promotions/{cohort}"] = ("groupId", ""),
        ["POST /ressources/editer/{resource}"] = ("Input.Title", "Ressource renommée par le contrôle"),
        ["POST Mission /situations/{situation}"] = ("move", "1"),
        ["POST /dossier/traces/{trace}/modifier"] = ("Input.Title", "Trace renommée par le contrôle"),
        ["POST /certification/ccf/passages/{ccfsitting}/modifier"] = ("Input.GroupId", ""),
        ["POST Attendance /certification/ccf/passages/{ccfsitting}"] = ("attendance", "Present"),
        ["POST Save /certification/ccf/grilles/{ccfcandidate}"] = ("Input.Mark", "12,5"),
        ["POST /compte/jetons"] = ("Input.Name", "Jeton du contrôle"),
    };

    /// <summary>POST handlers whose allowed control is not accepted as sent, with why. Keyed "POST Name /path".</summary>
    public static readonly IReadOnlyDictionary<string, string> ControlsNotAccepted = new Dictionary<string, string>
    {
        ["POST Enable /compte/double-authentification"] = "takes the current code of an authenticator app; the body holds a made-up one",
        ["POST Password /compte"] = "takes the current password; the body holds a made-up one",
        ["POST /admin/personnes/{learner}/effacer"] = "takes the person's name typed again as a confirmation",
        ["POST /referentiel/importer"] = "takes a référentiel JSON file; the body holds a small PNG",
        ["POST Publish /referentiel/brouillons/{frameworkdraft}"] = "publishing a draft ends it, so it goes last among the draft's controls, after POST Delete's control deleted the draft (FrameworkEditorTests publish one)",
        ["POST /situations/importer"] = "takes a situation JSON file; the body holds a small PNG",
        ["POST /dossier/importer"] = "imports into an empty dossier only; the demo learner has traces",
        ["POST Add /dossier/traces/{trace}/competences"] = "the competence offered first is already linked to the trace",
        ["POST DeleteContact /partenaires/{host}"] = "the host's first contact tutors a period: deleting it is refused until the period's tutor changes",
        ["POST Add /certification/sessions/{session}/jury"] = "the form shows while a jury member of the establishment is left to add; A's session has them all (B's offers one: its refused cells have a body)",
        ["POST RemoveMember /certification/ccf/projets/{ccfproject}"] = "a project's members are fixed once a grid of its sitting is signed: the control of POST Sign /certification/ccf/grilles/{ccfcandidate}, sent before it, signs the learner's E1-A grid, and the form is gone",
        ["POST DeleteProposal /pfmp/ma-recherche"] = "offered for a proposal not validated yet (the matrix harvests it): the control of POST /pfmp/recherches/propositions/{hostproposal}, sent before it, validates the learner's own into the directory and the form is gone",
        ["POST Leave /jury"] = "leaving redirects to the link page (/jury/acces?sortie=1), which the check reads as a refusal",
        ["POST Leave /tuteur"] = "leaving redirects to the link page (/tuteur/acces?sortie=1), which the check reads as a refusal",
        ["POST Mark /certification/ccf/jury/{learner}"] = "an épreuve's mark needs every situation's grid frozen; the own candidate's E1-A grid is not",
        ["POST Decide /certification/ccf/jury/{learner}"] = "the jury decides on a complete record only; the own learner's épreuves have no mark",
        ["POST /deconnexion"] = "signing out redirects to the sign-in page, which the check reads as a refusal",
        ["POST /certification/ccf/passages/planifier"] = "takes a teacher and candidates ticked; the form opens with none ticked",
        ["POST /certification/ccf/projets"] = "takes two to four members ticked; the form opens with none ticked",
        ["POST Profile /projet/pix"] = "takes a global score and at least one level; the form opens with the date alone",
        ["POST Act /bureau/demandes/{userrequest}"] = "offered once POST Take's control took the request; the harvested body names another service to escalate to with the answer step, refused in French (an escalation is its own step); DeskTests record steps",
        ["POST Certification /projet/pix"] = "takes a score and a certificate number; the form opens with the date alone",
        ["POST Attendance /cahier-de-textes/seances/{classsession}"] = "the matrix harvests the register's form, but after the controls sent before it on the same app (the session's edit form sent with the harvested values) none of the allowed callers is offered it — to pin down (issue #19 note); CahierTests and the browser journey take the register",
    };
}
