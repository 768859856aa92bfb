namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// Who may reach each handler of the app, and on whose resources. Every handler the app has must be listed here
/// (a test fails naming the missing ones), so a new page or handler cannot ship without saying who it is for.
/// <para>A page is its route with placeholders naming the kind of resource behind each id ({trace}, {period}…;
/// see <see cref="MatrixFixture"/>), its rule, and its handlers: "GET", "POST", "GET Print", "POST Comment";
/// a handler inherits the page's rule unless it gives its own after " = ".</para>
/// <para>A rule lists who is let in and how far: <c>Learner:own</c> (the caller's own resource only),
/// <c>Teacher:est</c> (any resource of the caller's establishment), <c>Admin:all</c> (any establishment).
/// Callers are the seven roles (of either establishment), <c>TutorLink</c> and <c>JuryLink</c> (sessions opened by an
/// expiring link) and <c>Anonymous</c>. Whoever is not listed is refused. <c>public</c> marks pages anyone may
/// open; they are covered by RouteAuthorizationTests and the features' tests, not here.</para>
/// </summary>
public static partial class MatrixTable
{
    public const string Public = "public";
    public const string SignedIn = "Admin:all Coordinator:all Teacher:all Learner:all Tutor:all Jury:all Direction:all";
    public const string School = "Admin:all Coordinator:est Teacher:est Learner:own";
    public const string Staff = "Admin:all Coordinator:est Teacher:est";
    public const string Management = "Admin:all Coordinator:est";
    public const string AdminOnly = "Admin:all";
    public const string LearnerOnly = "Learner:own";

    /// <summary>The editor's preview renders the Markdown it is sent and reads nothing else: any learner, any id.</summary>
    public const string PreviewOnly = "Learner:all";

    /// <summary>Cohorts: a teacher reaches those they teach (their "own"), not another cohort of the school.</summary>
    public const string CohortSchool = "Admin:all Coordinator:est Teacher:own Learner:own";
    public const string CohortStaff = "Admin:all Coordinator:est Teacher:own";

    /// <summary>The establishment's dashboards: the direction reads those of its establishment (and sends nothing,
    /// but signing a convention for the establishment).</summary>
    public const string StaffDashboards = Staff + " Direction:est";
    public const string SchoolDashboards = School + " Direction:est";
    public const string CohortDashboards = CohortStaff + " Direction:est";
    public const string CohortSchoolDashboards = CohortSchool + " Direction:est";

    /// <summary>Every page (a property: the feature lists below are initialised after this line would be).</summary>
    public static IReadOnlyList<MatrixPage> Pages => [.. Account, .. Api, .. Administration, .. Certification, .. CcfGrading, .. Pedagogy, .. Pfmp, .. Portfolio, .. Suivi, .. Projet, .. Desk];

    private static MatrixPage Page(string path, string rule, params string[] handlers) => new(path, rule, handlers);

    private static readonly MatrixPage[] Account =
    [
        Page("/", SignedIn, "GET"),
        Page("/Index", SignedIn, "GET"),
        Page("/health", Public, "GET"),
        Page("/health/live", Public, "GET"),
        Page("/health/ready", Public, "GET"),
        Page("/compte", SignedIn, "GET", "POST Data", "POST Culture", "POST Password"),
        Page("/compte/jetons", School, "GET", "POST", "POST Revoke"),
        Page("/compte/double-authentification", Staff, "GET", "POST Enable", "POST Disable", "POST RecoveryCodes"),
        Page("/deconnexion", SignedIn, "GET", "POST"),
        Page("/connexion", Public, "GET", "POST"),
        Page("/connexion/code", Public, "GET", "POST"),
        Page("/connexion/externe", Public, "POST", "GET Callback"),
        Page("/mot-de-passe-oublie", Public, "GET", "POST"),
        Page("/invitation", Public, "GET", "POST"),
        Page("/erreur/{code}", Public, "GET", "POST"),
        Page("/installation", Public, "GET", "POST"),
        Page("/donnees-personnelles", Public, "GET"),
        Page("/.well-known/jwks.json", Public, "GET"),
        Page("/partage/{token}", Public, "GET"),
        Page("/partage/{token}/pieces/{id}", Public, "GET"),
        Page("/tuteur/acces", Public, "GET", "POST"),
        Page("/jury/acces", Public, "GET", "POST"),
        Page("/verifier", Public, "GET", "POST"),
        Page("/notifications", SignedIn, "GET", "POST Open", "POST ReadAll"),
        Page("/notifications/preferences", SignedIn, "GET", "POST"),
        Page("/taches/{job}", "Admin:own Coordinator:own Teacher:own Learner:own Tutor:own Jury:own", "GET", "GET Status", "GET File"),
    ];

    private static readonly MatrixPage[] Administration =
    [
        Page("/admin", AdminOnly, "GET"),
        Page("/admin/etablissements", AdminOnly, "GET", "POST"),
        Page("/admin/boite-envoi", AdminOnly, "GET"),
        Page("/admin/journal", AdminOnly, "GET"),
        Page("/admin/registre/{activity}", AdminOnly, "GET", "POST"),
        Page("/admin/personnes/{learner}/effacer", AdminOnly, "GET", "POST"),
        Page("/admin/conservation", AdminOnly, "GET", "POST"),
        Page("/vacances", Management, "GET", "POST", "POST Delete"),
        Page("/personnes", Management, "GET"),
        Page("/personnes/nouveau", Management, "GET", "POST"),
        Page("/personnes/importer", Management, "GET", "POST Preview", "POST Confirm"),
        Page("/personnes/importer-siecle", Management, "GET", "POST Preview", "POST Confirm"),
        Page("/personnes/importer-sts", Management, "GET", "POST Preview", "POST Confirm"),
        Page("/personnes/{learner}", Management, "GET", "POST", "POST Invite", "POST Deactivate"),
        Page("/promotions", StaffDashboards, "GET"),
        Page("/promotions/nouvelle", Management, "GET", "POST"),
        Page("/promotions/nouvelle-annee", Management, "GET", "POST"),
        Page("/promotions/{cohort}", CohortDashboards, "GET",
            $"POST Add = {Management}", $"POST Remove = {Management}", $"POST Group = {Management}", $"POST AssignGroup = {Management}"),
        Page("/promotions/{cohort}/equipe", CohortDashboards, "GET", $"POST = {Management}"),
        Page("/promotions/{cohort}/referentiel", Management, "GET", "POST"),
        Page("/referentiel", School, "GET"),
        Page("/referentiel/importer", AdminOnly, "GET", "POST"),
        Page("/referentiel/comparer", Staff, "GET"),
        Page("/referentiel/{framework}", School, "GET"),
        Page("/referentiel/{framework}/json", School, "GET", "GET Moodle"),
        Page("/referentiel/{framework}/correspondances", School, "GET"),
        Page("/referentiel/{framework}/echelle", Management, "GET", $"POST = {AdminOnly}"),
        Page("/referentiel/brouillons/nouveau", Management, "GET", "POST"),
        Page("/referentiel/brouillons/{frameworkdraft}", Management, "GET", "GET Json", "POST Check", "POST Save", "POST Add", "POST Remove", "POST Move",
            "POST Publish", "POST Delete"),
        Page("/dossier/importer", "Admin:all Learner:all", "GET", "POST"),
        Page("/dossier/exporter/{learner}", School, "GET", "POST", "GET File"),
    ];

    private static readonly MatrixPage[] Certification =
    [
        Page("/certification", SchoolDashboards, "GET", $"POST Start = {LearnerOnly}"),
        Page("/certification/dossiers/{dossier}", School, "GET",
            $"POST Remove = {LearnerOnly}", $"POST Submit = {LearnerOnly}", "POST Comment"),
        Page("/certification/dossiers/{draftdossier}/pieces", LearnerOnly, "GET", "POST Traces", "POST Interviews", "POST Document"),
        Page("/certification/dossiers/{draftdossier}/documents/{document}", School, "GET"),
        Page("/certification/instantanes/{snapshot}", School, "GET"),
        Page("/certification/instantanes/{snapshot}/telecharger/{json}", School, "GET"),
        Page("/certification/exigences", Management, "GET", "POST"),
        Page("/certification/sessions", Management, "GET", "POST", "POST AddCandidates"),
        Page("/certification/sessions/{session}/jury", Management, "GET", "POST Link", "POST Revoke", "POST Add"),
        Page("/certification/ccf", Staff, "GET"),
        Page("/certification/ccf/passages/planifier", Management, "GET", "POST"),
        Page("/certification/ccf/passages/{ccfsitting}", CohortStaff, "GET", "GET Convocation", "GET File", "POST Attendance", "POST Source",
            $"POST Accommodation = {Management}", $"POST Convoke = {Management}", $"POST Delete = {Management}"),
        Page("/certification/ccf/passages/{ccfsitting}/modifier", Management, "GET", "POST"),
        Page("/certification/ccf/projets", Staff, "GET", "POST"),
        Page("/certification/ccf/projets/{ccfproject}", CohortSchool, "GET", "GET File", "POST Contribution", $"POST Upload = {CohortStaff}",
            $"POST AddMember = {CohortStaff}", $"POST RemoveMember = {CohortStaff}"),
        Page("/certification/ccf/mes-epreuves", LearnerOnly, "GET", "GET Convocation", "GET Source", "POST Upload"),
        Page("/jury", "Jury:all JuryLink:all", "GET", "POST Leave"),
        Page("/jury/candidats/{candidate}", "Jury:own JuryLink:own", "GET", "POST"),
        Page("/jury/candidats/{candidate}/ccf", "Jury:own JuryLink:own", "GET"),
        Page("/jury/candidats/{candidate}/telecharger/{firstfile}", "Jury:own JuryLink:own", "GET"),
    ];

    private static readonly MatrixPage[] Pedagogy =
    [
        Page("/organisations", School, "GET"),
        Page("/organisations/nouvelle", Staff, "GET", "POST"),
        Page("/organisations/{organisation}", School, "GET", $"POST Upload = {Staff}", $"POST DeleteDocument = {Staff}"),
        Page("/organisations/{organisation}/documents/{orgdocument}", School, "GET"),
        Page("/organisations/{organisation}/modifier", Staff, "GET", "POST"),
        Page("/organisations/{organisation}/organigramme", Staff, "GET", "POST", "POST Delete"),
        Page("/ressources", School, "GET"),
        Page("/ressources/editer/{resource}", Staff, "GET", "POST", "POST Delete"),
        Page("/situations", Staff, "GET"),
        Page("/situations/couverture", Staff, "GET"),
        Page("/situations/importer", Staff, "GET", "POST"),
        Page("/situations/nouvelle", Staff, "GET", "POST"),
        Page("/situations/{situation}", School, "GET",
            $"POST Duplicate = {Staff}", $"POST Upload = {Staff}", $"POST DeleteDocument = {Staff}", $"POST Mission = {Staff}"),
        Page("/situations/{situation}/attribuer", Staff, "GET", "POST", "POST Delete"),
        Page("/situations/{situation}/documents/{sitdocument}", School, "GET"),
        Page("/situations/{situation}/documents/{sitdocument}/lire", School, "GET"),
        Page("/situations/{situation}/fiche-apprenant", School, "GET"),
        Page("/situations/{situation}/fiche-enseignant", Staff, "GET"),
        Page("/situations/{situation}/historique", Staff, "GET", "POST Restore"),
        Page("/situations/{situation}/json", Staff, "GET"),
        Page("/situations/{situation}/missions/editer/{mission}", Staff, "GET", "POST"),
        Page("/situations/{situation}/missions/{mission}", School, "GET"),
        Page("/situations/{situation}/modifier", Staff, "GET", "POST"),
        Page("/mes-situations", LearnerOnly, "GET"),
        Page("/cahier-de-textes", SchoolDashboards, "GET"),
        Page("/promotions/{cohort}/cahier-de-textes", CohortSchoolDashboards, "GET"),
        Page("/promotions/{cohort}/cahier-de-textes/seance/{classsession}", CohortStaff, "GET", "POST", "POST Delete"),
        Page("/cahier-de-textes/seances/{classsession}", CohortSchoolDashboards, "GET", "POST Attendance = " + CohortStaff),
        Page("/promotions/{cohort}/realise", CohortDashboards, "GET"),
        Page("/promotions/{cohort}/assiduite", CohortSchoolDashboards, "GET", "GET Export = " + CohortDashboards),
        Page("/plan", SchoolDashboards, "GET"),
        Page("/plan/{cohort}", CohortSchoolDashboards, "GET", $"POST Pdf = {CohortSchool}"),
        Page("/plan/{cohort}/modifier", Management, "GET", "POST", "POST Template"),
        Page("/plan/{cohort}/calendrier.ics", CohortSchool, "GET"),
        Page("/partenaires", Staff, "GET"),
        Page("/partenaires/nouveau", Management, "GET", "POST"),
        Page("/partenaires/importer", Management, "GET", "POST Preview", "POST Confirm"),
        Page("/partenaires/{host}", Staff, "GET", "POST Contact", "POST DeleteContact"),
        Page("/partenaires/{host}/modifier", Management, "GET", "POST"),
        Page("/partenaires/evenements", Staff, "GET"),
        Page("/partenaires/evenements/nouveau", Management, "GET", "POST"),
        Page("/partenaires/evenements/{partnership}/modifier", Management, "GET", "POST", "POST Delete"),
        Page("/partenaires/mes-evenements", LearnerOnly, "GET"),
        Page("/partenaires/bilan", Management, "GET", "GET Csv", "GET Pdf"),
    ];

    private static readonly MatrixPage[] Pfmp =
    [
        Page("/pfmp", StaffDashboards, "GET"),
        Page("/pfmp/mes-periodes", LearnerOnly, "GET", "GET Print", "GET Document", "POST Sign", "POST Refuse"),
        Page("/pfmp/nouvelle", Management, "GET", "POST"),
        Page("/pfmp/ma-recherche", LearnerOnly, "GET", "POST DeleteApplication", "POST DeleteProposal"),
        Page("/pfmp/ma-recherche/candidature/{pfmpapplication}", LearnerOnly, "GET", "POST"),
        Page("/pfmp/ma-recherche/structure/{hostproposal}", LearnerOnly, "GET", "POST"),
        Page("/pfmp/recherches", StaffDashboards, "GET"),
        Page("/pfmp/recherches/{learner}", StaffDashboards, "GET"),
        Page("/pfmp/recherches/propositions/{hostproposal}", Management, "GET", "POST", "POST Link"),
        Page("/pfmp/periodes/{period}", Staff, "GET", "GET Document", "POST Absence", "POST DeleteAbsence", "POST Generate"),
        Page("/pfmp/periodes/{period}/modifier", Management, "GET", "POST"),
        Page("/pfmp/periodes/{period}/convention", StaffDashboards, "GET", "GET Print",
            $"POST Send = {Staff}", "POST Sign", $"POST Withdraw = {Staff}", $"POST Reopen = {Staff}", $"POST Refuse = {Staff}", $"POST Scan = {Staff}"),
        Page("/pfmp/periodes/{period}/visites", Staff, "GET", "POST Plan", "POST Record", "POST Delete"),
        Page("/pfmp/periodes/{period}/acces-tuteur", Management, "GET", "POST Invite", "POST Link", "POST Revoke"),
        Page("/tuteur", "Tutor:all TutorLink:all", "GET", "POST Leave"),
        Page("/tuteur/periodes/{period}", "Tutor:own TutorLink:own", "GET", "GET Print", "GET Document",
            "POST Sign", "POST Refuse", "POST Absence", "POST DeleteAbsence", "POST Appraisal"),
        Page("/tuteur/periodes/{period}/traces", "Tutor:own TutorLink:own", "GET", "GET Attachment"),
    ];

    private static readonly MatrixPage[] Portfolio =
    [
        Page("/dossier/{learner}", School, "GET", $"POST Restore = {LearnerOnly}"),
        Page("/dossier/nouvelle", LearnerOnly, "GET", "POST", "POST Autosave", $"POST Preview = {PreviewOnly}", "POST Discard"),
        Page("/dossier/traces/{trace}", School, "GET",
            "POST Comment", "POST Resolve", $"POST Request = {LearnerOnly}", "POST CloseRequest"),
        Page("/dossier/traces/{trace}/modifier", LearnerOnly, "GET", "POST", "POST Autosave", $"POST Preview = {PreviewOnly}", "POST Discard", "POST Delete"),
        Page("/dossier/traces/{trace}/competences", LearnerOnly, "GET", "POST Add", "POST Update", "POST Remove", "POST Knowledge"),
        Page("/dossier/traces/{trace}/pieces", LearnerOnly, "GET", "POST Upload", "POST Delete"),
        Page("/dossier/traces/{trace}/versions", School, "GET", $"POST Restore = {LearnerOnly}"),
        Page("/dossier/pieces/{attachment}", School, "GET"),
        Page("/dossier/competences/{learner}", School, "GET"),
        Page("/dossier/partages", LearnerOnly, "GET", "POST Create", "POST Revoke"),
        Page("/retours", Staff, "GET"),
    ];

    private static readonly MatrixPage[] Suivi =
    [
        Page("/suivi", Staff, "GET"),
        Page("/suivi/actions", School, "GET", "POST Done"),
        Page("/suivi/promotions/{cohort}", CohortDashboards, "GET", "GET Export"),
        Page("/suivi/promotions/{cohort}/positionner", CohortStaff, "GET", "POST"),
        Page("/suivi/apprenants/{learner}", SchoolDashboards, "GET"),
        Page("/suivi/apprenants/{learner}/parcours", SchoolDashboards, "GET", $"POST Profile = {Management}", $"POST Adjust = {Management}",
            $"POST RemoveAdjustment = {Management}", $"POST Certificate = {Management}"),
        Page("/suivi/apprenants/{learner}/competences/{competence}", School, "GET"),
        Page("/suivi/apprenants/{learner}/positionner", Staff, "GET", "POST"),
        Page("/suivi/apprenants/{learner}/entretiens/nouveau", Staff, "GET", "POST"),
        Page("/suivi/entretiens/{interview}", School, "GET"),
    ];

    private static readonly MatrixPage[] Projet =
    [
        Page("/projet", LearnerOnly, "GET", "POST"),
        Page("/projet/pix", LearnerOnly, "GET", "POST Profile", "POST Certification", "POST Delete"),
        Page("/devenir", Management, "GET"),
        Page("/devenir/bilan", Management, "GET", "GET Csv"),
        Page("/devenir/apprenants/{learner}", Management, "GET", "POST", "POST Link", "POST Revoke"),
        Page("/devenir/reponse", Public, "GET", "POST"),
    ];

    private static readonly MatrixPage[] Desk =
    [
        Page("/bureau", School, "GET"),
        Page("/bureau/promotions/{cohort}", CohortStaff, "GET", "POST Send", "POST SendSet", "POST Assign"),
        Page("/bureau/demandes/{userrequest}", CohortSchool, "GET", "POST Take = Learner:own", "POST Act = Learner:own", "POST Trace = Learner:own",
            $"POST Teacher = {CohortStaff}", $"POST Mark = {CohortStaff}"),
    ];
}
