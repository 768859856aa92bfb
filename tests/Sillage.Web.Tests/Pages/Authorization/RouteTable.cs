using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>
/// Who may open each page. Every page of the app must appear here (a test checks it), so that a new page
/// cannot ship without saying who it is for. Placeholders in braces are resolved from the demo data.
/// </summary>
public static class RouteTable
{
    public static readonly string[] All = [.. Roles.All];
    public static readonly string[] School = [Roles.Admin, Roles.Coordinator, Roles.Teacher, Roles.Learner];
    public static readonly string[] Staff = [Roles.Admin, Roles.Coordinator, Roles.Teacher];
    public static readonly string[] Management = [Roles.Admin, Roles.Coordinator];
    public static readonly string[] AdminOnly = [Roles.Admin];

    /// <summary>Pages behind sign-in, with the roles that get them.</summary>
    public static readonly IReadOnlyList<(string Route, string[] Roles)> Protected =
    [
        ("/", All),
        ("/compte", All),
        ("/deconnexion", All),
        ("/referentiel", School),
        ("/referentiel/{framework}", School),
        ("/referentiel/{framework}/json", School),
        ("/referentiel/{framework}/correspondances", School),
        ("/referentiel/importer", AdminOnly),
        ("/organisations", School),
        ("/organisations/{organisation}", School),
        ("/promotions", Staff),
        ("/promotions/nouvelle", Management),
        ("/promotions/{cohort}", Staff),
        ("/personnes", Management),
        ("/personnes/nouveau", Management),
        ("/personnes/importer", Management),
        ("/personnes/{learner}", Management),
        ("/vacances", Management),
        ("/partenaires", Staff),
        ("/partenaires/nouveau", Management),
        ("/partenaires/importer", Management),
        ("/partenaires/{host}", Staff),
        ("/partenaires/{host}/modifier", Management),
        ("/pfmp", Staff),
        ("/pfmp/nouvelle", Management),
        ("/pfmp/periodes/{period}", Staff),
        ("/pfmp/periodes/{period}/modifier", Management),
        ("/pfmp/periodes/{period}/convention", Staff),
        ("/pfmp/periodes/{period}/visites", Staff),
        ("/pfmp/periodes/{period}/acces-tuteur", Management),
        ("/pfmp/mes-periodes", [Roles.Learner]),
        ("/tuteur", [Roles.Tutor]),
        ("/tuteur/periodes/{period}", [Roles.Tutor]),
        ("/admin", AdminOnly),
        ("/admin/etablissements", AdminOnly),
        ("/admin/boite-envoi", AdminOnly),
    ];

    /// <summary>Pages any signed-in person may open but that show only what they own (404 for anyone else);
    /// each is covered by its feature's tests.</summary>
    public static readonly IReadOnlyList<string> Owned =
    [
        "/taches/{job}",
    ];

    /// <summary>Pages anyone may open, with the status an anonymous visitor gets on the demo.</summary>
    public static readonly IReadOnlyList<(string Route, int Status)> Public =
    [
        ("/connexion", 200),
        ("/mot-de-passe-oublie", 200),
        ("/invitation", 200),
        ("/erreur", 500),
        ("/erreur/404", 404),
        ("/installation", 404),
        ("/tuteur/acces", 404),
    ];
}
