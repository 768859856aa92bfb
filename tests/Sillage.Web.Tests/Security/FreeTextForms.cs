using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// One free-text form: who fills it, where it is, and the pages that show what was typed. Every text input and
/// textarea of the form is attacked, except those given a <see cref="Valid"/> value. In <see cref="Page"/> and
/// <see cref="Shows"/>, {name} stands for a demo id (see <see cref="FreeTextAttackTests"/>); in Shows, {location}
/// is where the form redirected to and {id} the first id in that address.
/// </summary>
/// <param name="Max">The smallest length limit of the attacked fields: payloads are packed under it.</param>
/// <param name="Refuses">The form refuses markup in its fields (names…): no payload is ever kept.</param>
/// <param name="SeenBy">Pages that show the text to someone else (staff reading what a tutor or learner wrote).</param>
/// <param name="Undo">A form of <see cref="Page"/> submitted after each kept payload, when the form is offered only once
/// (a feedback request stays open until withdrawn).</param>
public sealed record FreeTextForm(string Name, string Account, string Page, string Form, string[] Shows, int Max = 150,
    Dictionary<string, string>? Valid = null, bool Refuses = false, (string Account, string Url)[]? SeenBy = null, string? Undo = null)
{
    public override string ToString() => Name;
}

/// <summary>The table: a new free-text form is one line here.</summary>
public static class FreeTextForms
{
    private static readonly string Learner = DemoSeeder.LearnerEmail(2);

    /// <summary>The account name that stands for a browser holding the demo's tutor link (no account).</summary>
    public const string TutorLink = "tutor link";

    public static readonly IReadOnlyList<FreeTextForm> All =
    [
        new("trace", Learner, "/dossier/nouvelle", "#trace-form", ["{location}", "/dossier", "/dossier/traces/{id}/modifier"], 100,
            new() { ["Input.ActivityDate"] = "2026-11-10" }),
        new("trace comment", Accounts.Teacher, "/dossier/traces/{trace}", "#comment-form", ["/dossier/traces/{trace}", "/retours"], 1000),
        new("share link label", Learner, "/dossier/partages", "#share-form", ["/dossier/partages"], 100, new() { ["TraceIds"] = "{trace}" }),
        new("host organisation", Accounts.Coordinator, "/partenaires/nouveau", "main form[method=post]", ["{location}", "/partenaires", "/partenaires/{id}/modifier"], 150,
            new() { ["Input.Siret"] = "", ["Input.PostalCode"] = "69001", ["Input.Email"] = "", ["Input.Website"] = "https://example.org", ["Input.Phone"] = "0102030405", ["Input.Kind"] = "Company" }),
        new("host contact", Accounts.Coordinator, "/partenaires/{partner}", "form[action*='handler=Contact']", ["/partenaires/{partner}"], 100,
            new() { ["NewContact.Email"] = "", ["NewContact.Phone"] = "" }, Refuses: true),
        new("pfmp proposal", Learner, "/pfmp/ma-recherche/structure", "main form", ["/pfmp/ma-recherche"], 150,
            new() { ["Input.Siret"] = "", ["Input.PostalCode"] = "69001", ["Contact.FirstName"] = "Jeanne", ["Contact.LastName"] = "Martin", ["Contact.Email"] = "", ["Contact.Phone"] = "0102030405" },
            SeenBy: [(Accounts.Coordinator, "/pfmp/recherches/{learner}")]),
        new("pfmp application", Learner, "/pfmp/ma-recherche/candidature", "main form", ["/pfmp/ma-recherche"], 300,
            new() { ["Input.HostChoice"] = "{partner}", ["Input.Channel"] = "Email", ["Input.AppliedOn"] = "2026-11-10", ["Input.NextStepOn"] = "" },
            SeenBy: [(Accounts.Coordinator, "/pfmp/recherches/{learner}")]),
        new("partnership event", Accounts.Coordinator, "/partenaires/evenements/nouveau", "#event-form", ["/partenaires/evenements"], 150,
            new() { ["Input.Kind"] = "Conference", ["Input.Date"] = "2026-11-20", ["Input.Contributions[0].SchoolYear"] = "", ["Input.Contributions[1].SchoolYear"] = "" }),
        new("organisation", Accounts.Coordinator, "/organisations/nouvelle", "#organisation-form", ["{location}", "/organisations", "/organisations/{id}", "/organisations/{id}/modifier"], 200,
            new() { ["Input.Kind"] = "Real" }),
        new("org chart", Accounts.Coordinator, "/organisations/{organisation}/organigramme", "main form[method=post]:not([action*='handler'])", ["/organisations/{organisation}/organigramme", "/organisations/{organisation}"], 150),
        new("situation", Accounts.Teacher, "/situations/nouvelle", "#situation-form", ["{location}", "/situations", "/situations/{id}/modifier", "/situations/{id}/historique"], 200),
        new("mission", Accounts.Teacher, "/situations/{situation}/missions/editer", "#mission-form", ["/situations/{situation}", "/situations/{situation}/historique"], 200),
        new("resource", Accounts.Coordinator, "/ressources/editer", "#resource-form", ["/ressources"], 200, new() { ["Input.Url"] = "https://example.org/ressource" }),
        new("interview", Accounts.Teacher, "/suivi/apprenants/{learner}/entretiens/nouveau", "main form[method=post]", ["{location}", "/suivi/apprenants/{learner}", "/suivi/actions"], 200,
            new() { ["Input.HeldOn"] = "2026-11-12", ["Input.Actions[0].DueOn"] = "2026-11-30" }),
        new("positioning comment", Accounts.Teacher, "/suivi/apprenants/{learner}/positionner?element={element}", "main form[method=post]", ["/suivi/apprenants/{learner}", "/suivi/apprenants/{learner}/competences/{element}"], 300,
            new() { ["Input.Level"] = "3", ["Input.ObservedOn"] = "2026-11-12" }),
        new("plan notes", Accounts.Coordinator, "/plan/{cohort}/modifier", "#plan-form", ["/plan/{cohort}"], 2000),
        new("pfmp period", Accounts.Coordinator, "/pfmp/periodes/{period}/modifier", "main form[method=post]:not([action*='handler'])", ["/pfmp/periodes/{period}", "/pfmp"], 200),
        new("pfmp visit", Accounts.Coordinator, "/pfmp/periodes/{tutorPeriod}/visites", "form[action*='handler=Record']:not([action*='visitId'])", ["/pfmp/periodes/{tutorPeriod}/visites", "/pfmp/periodes/{tutorPeriod}"], 300,
            new() { ["Visit.Date"] = "2026-11-16", ["Visit.Mode"] = "OnSite" }),
        new("pfmp absence", Accounts.Tutor, "/tuteur/periodes/{tutorPeriod}", "form[action*='handler=Absence']", ["/tuteur/periodes/{tutorPeriod}"], 200,
            new() { ["Absence.From"] = "2026-11-10", ["Absence.To"] = "2026-11-10" }),
        new("tutor appraisal", Accounts.Tutor, "/tuteur/periodes/{tutorPeriod}", "form[action*='handler=Appraisal']", ["/tuteur/periodes/{tutorPeriod}"], 300,
            new() { ["Appraisal.Levels[0].Level"] = "3" }, SeenBy: [(Accounts.Coordinator, "/pfmp/periodes/{tutorPeriod}"), (Accounts.Teacher, "/pfmp/periodes/{tutorPeriod}")]),
        new("tutor appraisal by link", TutorLink, "/tuteur/periodes/{tutorPeriod}", "form[action*='handler=Appraisal']", ["/tuteur/periodes/{tutorPeriod}"], 300,
            new() { ["Appraisal.Levels[0].Level"] = "3" }, SeenBy: [(Accounts.Coordinator, "/pfmp/periodes/{tutorPeriod}")]),
        new("feedback request", Learner, "/dossier/traces/{trace}", "#request-form", ["/dossier/traces/{trace}"], 1000,
            SeenBy: [(Accounts.Teacher, "/retours"), (Accounts.Teacher, "/dossier/traces/{trace}")], Undo: "form[action*='handler=CloseRequest']"),
        new("jury grid", Accounts.Jury, "/jury/candidats/{candidate}", "#grid-form", ["/jury/candidats/{candidate}"], 500),
        new("certification comment", Accounts.Teacher, "/certification/dossiers/{dossier}", "#comment-form", ["/certification/dossiers/{dossier}"], 1000),
        new("person", Accounts.Coordinator, "/personnes/nouveau", "main form[method=post]", ["{location}", "/personnes"], 100,
            new() { ["Input.Email"] = "corpus@example.org", ["Input.Role"] = "Teacher", ["Input.SendInvitation"] = "false" }, Refuses: true),
        new("cohort", Accounts.Coordinator, "/promotions/nouvelle", "main form[method=post]", ["{location}", "/promotions"], 100,
            new() { ["Input.SchoolYear"] = "2027-2028" }),
        new("group", Accounts.Coordinator, "/promotions/{cohort}", "form[action*='handler=Group']", ["/promotions/{cohort}"], 100),
        new("person edit", Accounts.Coordinator, "/personnes/{learner}", "main form[method=post]:not([action*='handler'])", ["/personnes/{learner}", "/personnes"], 100,
            Refuses: true),
        new("exam session", Accounts.Coordinator, "/certification/sessions", "#session-form", ["/certification/sessions"], 150,
            new() { ["Input.StartsAt"] = "2027-05-10T09:00", ["Input.EndsAt"] = "2027-05-10T17:00", ["Input.JurorIds"] = "{juror}" }),
        new("processing register", Accounts.Admin, "/admin/registre/{register}", "main form[method=post]", ["/admin/registre/{register}", "/donnees-personnelles"], 150),
        new("holiday", Accounts.Coordinator, "/vacances", "main form[method=post]:not([action*='handler'])", ["/vacances"], 100,
            new() { ["Input.Start"] = "2027-02-08", ["Input.End"] = "2027-02-12" }),
    ];
}
