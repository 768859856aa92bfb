using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>
/// The exact status each role gets on each page (see <see cref="RouteAuthorizationTests"/>). Placeholders in braces
/// are resolved from the demo data. That every page and handler says who it is for is checked on
/// Matrix/MatrixTable.
/// </summary>
public static class RouteTable
{
    public static readonly string[] All = [.. Roles.All];
    public static readonly string[] School = [Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner];
    public static readonly string[] Staff = [Roles.Admin, Roles.Coordinator, Roles.Teacher];
    public static readonly string[] Management = [Roles.Admin, Roles.Coordinator];

    /// <summary>The establishment's dashboards, which the direction reads too.</summary>
    public static readonly string[] Dashboards = [Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Direction];
    public static readonly string[] SchoolDashboards = [Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner, Roles.Direction];
    public static readonly string[] AdminOnly = [Roles.Admin];
    public static readonly string[] LearnerOnly = [Roles.Learner];
    public static readonly string[] JuryOnly = [Roles.Jury];

    /// <summary>Pages behind sign-in, with the roles that get them.</summary>
    public static readonly IReadOnlyList<(string Route, string[] Roles)> Protected =
    [
        ("/", All),
        ("/compte", All),
        ("/compte/double-authentification", Staff),
        ("/compte/jetons", School),
        ("/deconnexion", All),
        ("/referentiel", School),
        ("/referentiel/{framework}", School),
        ("/referentiel/{framework}/json", School),
        ("/referentiel/{framework}/correspondances", School),
        ("/referentiel/importer", AdminOnly),
        ("/organisations", School),
        ("/organisations/{organisation}", School),
        ("/promotions", Dashboards),
        ("/promotions/nouvelle", Management),
        ("/promotions/nouvelle-annee", Management),
        ("/promotions/{cohort}", Dashboards),
        ("/promotions/{cohort}/equipe", Dashboards),
        ("/personnes", Management),
        ("/personnes/nouveau", Management),
        ("/personnes/importer", Management),
        ("/personnes/importer-siecle", Management),
        ("/personnes/importer-sts", Management),
        ("/personnes/{learner}", Management),
        ("/vacances", Management),
        ("/suivi", Staff),
        ("/suivi/actions", School),
        ("/suivi/promotions/{cohort}", Dashboards),
        ("/suivi/promotions/{cohort}/positionner", Staff),
        ("/suivi/apprenants/{learner}", SchoolDashboards),
        ("/suivi/apprenants/{learner}/competences/{competence}", School),
        ("/suivi/apprenants/{learner}/positionner", Staff),
        ("/suivi/apprenants/{learner}/entretiens/nouveau", Staff),
        ("/suivi/entretiens/{interview}", School),
        ("/referentiel/{framework}/echelle", Management),
        ("/situations", Staff),
        ("/situations/nouvelle", Staff),
        ("/situations/importer", Staff),
        ("/situations/couverture", Staff),
        ("/situations/{situation}", School),
        ("/situations/{own-situation}/modifier", Staff),
        ("/situations/{situation}/missions/{mission}", School),
        ("/situations/{own-situation}/missions/editer", Staff),
        ("/situations/{situation}/historique", Staff),
        ("/situations/{situation}/json", Staff),
        ("/situations/{situation}/attribuer", Staff),
        ("/mes-situations", [Roles.Learner]),
        ("/organisations/nouvelle", Staff),
        ("/organisations/{own-organisation}/modifier", Staff),
        ("/organisations/{own-organisation}/organigramme", Staff),
        ("/ressources", School),
        ("/ressources/editer", Staff),
        ("/plan", SchoolDashboards),
        ("/plan/{cohort}", SchoolDashboards),
        ("/plan/{cohort}/modifier", Management),
        ("/plan/{cohort}/calendrier.ics", School),
        ("/partenaires", Staff),
        ("/partenaires/nouveau", Management),
        ("/partenaires/importer", Management),
        ("/partenaires/{host}", Staff),
        ("/partenaires/{host}/modifier", Management),
        ("/pfmp", Dashboards),
        ("/pfmp/nouvelle", Management),
        ("/pfmp/periodes/{period}", Staff),
        ("/pfmp/periodes/{period}/modifier", Management),
        ("/pfmp/periodes/{period}/convention", Dashboards),
        ("/pfmp/periodes/{period}/visites", Staff),
        ("/pfmp/periodes/{period}/acces-tuteur", Management),
        ("/pfmp/mes-periodes", [Roles.Learner]),
        ("/tuteur", [Roles.Tutor]),
        ("/tuteur/periodes/{period}", [Roles.Tutor]),
        ("/tuteur/periodes/{period}/traces", [Roles.Tutor]),
        ("/admin", AdminOnly),
        ("/admin/etablissements", AdminOnly),
        ("/admin/boite-envoi", AdminOnly),
        ("/admin/journal", AdminOnly),
        ("/admin/registre/{activity}", AdminOnly),
        ("/dossier", School),
        ("/dossier/{learner}", School),
        ("/dossier/nouvelle", LearnerOnly),
        ("/dossier/traces/{trace}", School),
        ("/dossier/traces/{trace}/modifier", LearnerOnly),
        ("/dossier/traces/{trace}/competences", LearnerOnly),
        ("/dossier/traces/{trace}/pieces", LearnerOnly),
        ("/dossier/traces/{trace}/versions", School),
        ("/dossier/pieces/{attachment}", School),
        ("/dossier/competences", School),
        ("/dossier/competences/{learner}", School),
        ("/dossier/partages", LearnerOnly),
        ("/retours", Staff),
        ("/notifications", All),
        ("/dossier/exporter", School),
        ("/dossier/exporter/{learner}", School),
        ("/dossier/importer", [Roles.Admin, Roles.Learner]),
        ("/admin/personnes/{learner}/effacer", AdminOnly),
        ("/admin/conservation", AdminOnly),
        ("/notifications/preferences", All),
        ("/certification", SchoolDashboards),
        ("/certification/dossiers/{dossier}", School),
        ("/certification/dossiers/{draftdossier}/pieces", LearnerOnly),
        ("/certification/dossiers/{draftdossier}/documents/{document}", School),
        ("/certification/instantanes/{snapshot}", School),
        ("/certification/instantanes/{snapshot}/telecharger/{json}", School),
        ("/certification/exigences", Management),
        ("/certification/sessions", Management),
        ("/certification/sessions/{session}/jury", Management),
        ("/certification/ccf", Staff),
        ("/certification/ccf/passages/planifier", Management),
        ("/certification/ccf/passages/{ccfsitting}", Staff),
        ("/certification/ccf/passages/{ccfsitting}/modifier", Management),
        ("/certification/ccf/projets", Staff),
        ("/certification/ccf/projets/{ccfproject}", School),
        ("/certification/ccf/mes-epreuves", LearnerOnly),
        ("/jury", JuryOnly),
        ("/jury/candidats/{candidate}", JuryOnly),
        ("/jury/candidats/{candidate}/ccf", JuryOnly),
        ("/jury/candidats/{candidate}/telecharger/{firstfile}", JuryOnly),
    ];

    /// <summary>Pages anyone may open, with the status an anonymous visitor gets on the demo.</summary>
    public static readonly IReadOnlyList<(string Route, int Status)> Public =
    [
        ("/connexion", 200),
        ("/connexion/code", 302),
        ("/connexion/externe", 200),
        ("/mot-de-passe-oublie", 200),
        ("/invitation", 200),
        ("/erreur", 500),
        ("/erreur/404", 404),
        ("/installation", 404),
        ("/donnees-personnelles", 200),
        ("/.well-known/jwks.json", 200),
        ("/partage/{token}", 404),
        ("/partage/{token}/pieces/{id}", 404),
        ("/tuteur/acces", 404),
        ("/jury/acces", 404),
        ("/verifier", 200),
    ];
}
