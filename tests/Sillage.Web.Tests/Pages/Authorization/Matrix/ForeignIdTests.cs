using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Calendar;
using Sillage.Domain.Certification;
using Sillage.Domain.Organisations;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Situations;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Xunit.Abstractions;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>The app for <see cref="ForeignIdTests"/> alone: its allowed POSTs change establishment A's data, which
/// the matrix's fixture must not see.</summary>
public sealed class ForeignIdFixture : MatrixFixture;

/// <summary>
/// An allowed caller of establishment A cannot reach B's data through an id carried in a form field. For every POST
/// handler and every id it binds from the form (<see cref="FormIdDiscovery"/>), a caller of A whom
/// <see cref="MatrixTable"/> lets in opens the page, fills the form as it comes and sends it with that field set to
/// an id of the same kind from B. B's row must not change, and no row anywhere may come to point at it (the row's
/// content plus, for every Guid column of every table, foreign key or not, the number of rows holding that id).
/// Then, as a control, the same form is sent with A's own id: how many of those change A's row is printed, to
/// show the forms were otherwise valid.
/// </summary>
public sealed class ForeignIdTests(ForeignIdFixture app, ITestOutputHelper output) : IClassFixture<ForeignIdFixture>
{
    /// <summary>Holes known and left for later, with why; the test prints them. One that closes must leave the list.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownGaps = new Dictionary<string, string>
    {
    };

    /// <summary>Controls (a form sent with A's own id) that change nothing, with why; every other control must
    /// change A's row or what points at it. Keyed like <see cref="FormId.ToString"/>.
    /// The test prints the answer each got (the validation message where there is one).</summary>
    public static readonly IReadOnlyDictionary<string, string> ControlsWithoutEffect = new Dictionary<string, string>
    {
        ["POST Attendance /cahier-de-textes/seances/{id:guid} · Rows[0].LearnerId"] = Gone,
        ["POST Profile /suivi/apprenants/{id:guid}/parcours · Adjustment.SituationId"] = NotRead,
        ["POST Certificate /suivi/apprenants/{id:guid}/parcours · Adjustment.SituationId"] = NotRead,
        ["POST RemoveAdjustment /suivi/apprenants/{id:guid}/parcours · Adjustment.SituationId"] = NotRead,
        ["POST RemoveAdjustment /suivi/apprenants/{id:guid}/parcours · adjustmentId"] = Gone,
        ["POST /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.GroupId"] = Gone,
        ["POST /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.MissionId"] = Gone,
        ["POST /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.SituationId"] = Gone,
        ["POST /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.TeacherIds"] = Gone,
        ["POST Delete /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.GroupId"] = Gone,
        ["POST Delete /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.MissionId"] = Gone,
        ["POST Delete /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.SituationId"] = Gone,
        ["POST Delete /promotions/{cohortId:guid}/cahier-de-textes/seance/{id:guid?} · Input.TeacherIds"] = Gone,
        ["POST Document /certification/dossiers/{id:guid}/pieces · InterviewIds"] = Same,
        ["POST Document /certification/dossiers/{id:guid}/pieces · TraceIds"] = Same,
        ["POST Interviews /certification/dossiers/{id:guid}/pieces · InterviewIds"] = Invalid,
        ["POST Interviews /certification/dossiers/{id:guid}/pieces · TraceIds"] = Invalid,
        ["POST Traces /certification/dossiers/{id:guid}/pieces · InterviewIds"] = Same,
        ["POST Traces /certification/dossiers/{id:guid}/pieces · TraceIds"] = Invalid,
        ["POST AddCandidates /certification/sessions · Input.JurorIds"] = Gone,
        ["POST AddCandidates /certification/sessions · sessionId"] = Same,
        ["POST Add /certification/sessions/{id:guid}/jury · jurorId"] = Invalid,
        ["POST /promotions/{id:guid}/equipe · Input.Teachers[0].Id"] = Same,
        ["POST /dossier/nouvelle · Input.ContextReferenceId"] = Same,
        ["POST Autosave /dossier/nouvelle · Input.ContextReferenceId"] = Same,
        ["POST Preview /dossier/nouvelle · Input.ContextReferenceId"] = Same,
        ["POST Create /dossier/partages · RecipientId"] = Invalid,
        ["POST Create /dossier/partages · TraceIds"] = Invalid,
        ["POST Comment /dossier/traces/{id:guid} · parentId"] = Gone,
        ["POST Resolve /dossier/traces/{id:guid} · threadId"] = Gone,
        ["POST Update /dossier/traces/{id:guid}/competences · linkId"] = Gone,
        ["POST /dossier/traces/{id:guid}/modifier · Input.ContextReferenceId"] = Gone,
        ["POST Autosave /dossier/traces/{id:guid}/modifier · Input.ContextReferenceId"] = Gone,
        ["POST Preview /dossier/traces/{id:guid}/modifier · Input.ContextReferenceId"] = Same,
        ["POST Open /notifications · id"] = Gone,
        ["POST /organisations/{id:guid}/organigramme · Input.Id"] = Gone,
        ["POST /organisations/{id:guid}/organigramme · Input.ReportsToId"] = Invalid,
        ["POST Confirm /personnes/importer · CohortId"] = Invalid,
        ["POST Preview /personnes/importer · CohortId"] = Same,
        ["POST Revoke /compte/jetons · id"] = "a token is revoked by its owner only: A's token the control names is a learner's, the caller is not that learner (404, as for anyone else's)",
        ["POST Confirm /personnes/importer-siecle · EstablishmentId"] = Invalid,
        ["POST Confirm /personnes/importer-siecle · Mapping"] = Invalid,
        ["POST Preview /personnes/importer-siecle · EstablishmentId"] = Invalid,
        ["POST Preview /personnes/importer-siecle · Mapping"] = Invalid,
        ["POST Confirm /personnes/importer-sts · EstablishmentId"] = Invalid,
        ["POST Confirm /personnes/importer-sts · Mapping"] = Invalid,
        ["POST Preview /personnes/importer-sts · EstablishmentId"] = Invalid,
        ["POST Preview /personnes/importer-sts · Mapping"] = Invalid,
        ["POST /personnes/nouveau · Input.CohortId"] = Invalid,
        ["POST /personnes/nouveau · Input.EstablishmentId"] = Invalid,
        ["POST Sign /pfmp/mes-periodes · periodId"] = Invalid,
        ["POST /pfmp/nouvelle · Input.LearnerId"] = Invalid,
        ["POST /pfmp/nouvelle · Input.ReferentTeacherId"] = Invalid,
        ["POST /pfmp/nouvelle · Input.TutorContactId"] = Invalid,
        ["POST /pfmp/periodes/{id:guid}/modifier · Input.HostOrganisationId"] = Invalid,
        ["POST /pfmp/periodes/{id:guid}/modifier · Input.LearnerId"] = Invalid,
        ["POST /pfmp/periodes/{id:guid}/modifier · Input.ReferentTeacherId"] = Invalid,
        ["POST /pfmp/periodes/{id:guid}/modifier · Input.TutorContactId"] = Invalid,
        ["POST Record /pfmp/periodes/{id:guid}/visites · visitId"] = Invalid,
        ["POST Add /promotions/{id:guid} · PersonId"] = Invalid,
        ["POST AssignGroup /promotions/{id:guid} · PersonId"] = Same,
        ["POST AssignGroup /promotions/{id:guid} · personId"] = Same,
        ["POST Group /promotions/{id:guid} · PersonId"] = Invalid,
        ["POST /situations/nouvelle · Input.ResourceIds"] = Same,
        ["POST Duplicate /situations/{id:guid} · DocumentMissionId"] = Same,
        ["POST Mission /situations/{id:guid} · DocumentMissionId"] = Same,
        ["POST Mission /situations/{id:guid} · missionId"] = Same,
        ["POST /situations/{id:guid}/attribuer · Input.GroupId"] = Same,
        ["POST /situations/{id:guid}/attribuer · Input.LearnerIds"] = Same,
        ["POST /situations/{id:guid}/modifier · Input.ResourceIds"] = Same,
        ["POST /suivi/apprenants/{id:guid}/positionner · corrige"] = Invalid,
        ["POST /suivi/promotions/{id:guid}/positionner · Rows[0].LearnerId"] = Invalid,
        ["POST /suivi/promotions/{id:guid}/positionner · groupe"] = Invalid,
        ["POST Remove /certification/dossiers/{id:guid} · itemId"] = Gone,
        ["POST Discard /dossier/nouvelle · Input.ContextReferenceId"] = Same,
        ["POST Discard /dossier/traces/{id:guid}/modifier · Input.ContextReferenceId"] = Same,
        ["POST Delete /organisations/{id:guid}/organigramme · Input.Id"] = Gone,
        ["POST Delete /organisations/{id:guid}/organigramme · Input.ReportsToId"] = Gone,
        ["POST Delete /organisations/{id:guid}/organigramme · personId"] = Gone,
        ["POST DeleteContact /partenaires/{id:guid} · contactId"] = Invalid,
        ["POST Refuse /pfmp/mes-periodes · periodId"] = Invalid,
        ["POST Remove /promotions/{id:guid} · PersonId"] = Same,
        ["POST DeleteDocument /situations/{id:guid} · documentId"] = Gone,
        ["POST Delete /situations/{id:guid}/attribuer · Input.GroupId"] = Same,
        ["POST Delete /situations/{id:guid}/attribuer · Input.LearnerIds"] = Same,
        ["POST Delete /situations/{id:guid}/attribuer · assignmentId"] = Gone,
        ["POST DeleteAbsence /tuteur/periodes/{id:guid} · absenceId"] = Same,
        ["POST Delete /vacances · id"] = Gone,
        ["POST Delete /dossier/traces/{id:guid}/modifier · Input.ContextReferenceId"] = Same,
        ["POST Revoke /dossier/partages · RecipientId"] = Gone,
        ["POST Revoke /dossier/partages · TraceIds"] = Gone,
        ["POST Upload /certification/ccf/mes-epreuves · candidateId"] = "uploads open when the practical sitting starts; the demo's E3-B sitting is in three weeks",
        ["POST /certification/ccf/passages/planifier · Input.GroupId"] = CcfScheduleForm,
        ["POST /certification/ccf/passages/planifier · Input.LearnerIds"] = CcfScheduleForm,
        ["POST /certification/ccf/passages/planifier · Input.ProfessionalId"] = CcfScheduleForm,
        ["POST /certification/ccf/passages/planifier · Input.TeacherIds"] = CcfScheduleForm,
        ["POST /certification/ccf/passages/planifier · cohorte"] = CcfScheduleForm,
        ["POST /certification/ccf/passages/{id:guid}/modifier · Input.LearnerIds"] = Same,
        ["POST /certification/ccf/passages/{id:guid}/modifier · Input.TeacherIds"] = Invalid,
        ["POST /certification/ccf/projets · Input.LearnerIds"] = "a project takes two to four members of the cohort shown; the form opens with none ticked and one id gives one member",
        ["POST /certification/ccf/projets · cohorte"] = "a project takes two to four members of the cohort shown; the form opens with none ticked",
        ["POST Contribution /certification/ccf/projets/{id:guid} · learnerId"] = Same,
        ["POST AddMember /certification/ccf/projets/{id:guid} · learnerId"] = Invalid,
        ["POST /promotions/nouvelle-annee · Decisions[0].CohortId"] = "the control of the form's other id (etablissement) closed A's school year just before (the sends share one app): this form, harvested before, names a cohort archived since and is refused as a whole",
        ["POST /partenaires/evenements/nouveau · Input.CohortIds"] = EventTicks,
        ["POST /partenaires/evenements/nouveau · Input.LearnerIds"] = EventTicks,
        ["POST /partenaires/evenements/{id:guid}/modifier · Input.CohortIds"] = EventGone,
        ["POST /partenaires/evenements/{id:guid}/modifier · Input.Contributions[0].PartnerId"] = EventGone,
        ["POST /partenaires/evenements/{id:guid}/modifier · Input.LearnerIds"] = EventGone,
        ["POST /partenaires/evenements/{id:guid}/modifier · Input.PartnerIds"] = EventGone,
        ["POST Delete /partenaires/evenements/{id:guid}/modifier · Input.CohortIds"] = EventGone,
        ["POST Delete /partenaires/evenements/{id:guid}/modifier · Input.Contributions[0].PartnerId"] = EventGone,
        ["POST Delete /partenaires/evenements/{id:guid}/modifier · Input.LearnerIds"] = EventGone,
        ["POST Delete /partenaires/evenements/{id:guid}/modifier · Input.PartnerIds"] = EventGone,
        ["POST /projet · Input.InterviewIds"] = ProjectTicks,
        ["POST /projet · Input.PeriodIds"] = ProjectTicks,
        ["POST /projet · Input.Steps[0].Id"] = Same,
        ["POST /pfmp/nouvelle · ApplicationId"] = Invalid,
        ["POST DeleteProposal /pfmp/ma-recherche · proposalId"] = Invalid,
        ["POST Link /pfmp/recherches/propositions/{id:guid} · hostId"] = Invalid,
        ["POST Send /bureau/promotions/{id:guid} · Send.RequesterId"] = DeskSend,
        ["POST Send /bureau/promotions/{id:guid} · Send.SituationId"] = DeskSend,
        ["POST SendSet /bureau/promotions/{id:guid} · Set.SituationId"] = "a situation's shipped set is sent once per cohort, and only a VosRêves situation has one: A's situation of the test data has none or was sent already",
        ["POST Assign /bureau/promotions/{id:guid} · Assign.LearnerId"] = Invalid,
        ["POST Send /bureau/promotions/{id:guid} · apprenant"] = NotRead,
        ["POST SendSet /bureau/promotions/{id:guid} · apprenant"] = NotRead,
        ["POST Assign /bureau/promotions/{id:guid} · apprenant"] = NotRead,
        ["POST Assign /bureau/promotions/{id:guid} · Send.RequesterId"] = NotRead,
        ["POST Assign /bureau/promotions/{id:guid} · Send.SituationId"] = NotRead,
        ["POST Assign /bureau/promotions/{id:guid} · Set.SituationId"] = NotRead,
        ["POST Send /bureau/promotions/{id:guid} · Assign.LearnerId"] = NotRead,
        ["POST Send /bureau/promotions/{id:guid} · Set.SituationId"] = NotRead,
        ["POST SendSet /bureau/promotions/{id:guid} · Assign.LearnerId"] = NotRead,
        ["POST SendSet /bureau/promotions/{id:guid} · Send.RequesterId"] = NotRead,
        ["POST SendSet /bureau/promotions/{id:guid} · Send.SituationId"] = NotRead,
        ["POST Done /suivi/actions · id"] = "A's agreed action is the learner's first one in no set order: on PostgreSQL it may be one already done, and marking it done again writes nothing",
    };

    private const string DeskSend = "a request takes a requester, a subject and a category; the harvested form opens without them (DeskTests send requests)";
    private const string ProjectTicks = "the harvested project form ticks the first interview and PFMP period offered, A's own: the send with B's step id before it (accepted, the unknown id taken as a new step) already linked them (the sends share one app)";
    private const string EventTicks = "the harvested form ticks the first cohort offered (the fixture's other cohort, without learners) and the first learner offered (of the demo cohort): with one of the two set to A's id, a learner is left outside the ticked cohorts and the form is refused";
    private const string EventGone = "A's own event was deleted by the sends of POST Delete on its page, which read no form field (the sends share one app): 404 since";
    private const string Gone = "answers 404 or 403: the resource of A the form names was removed or changed by an earlier control (the sends share one app), or is not one this page serves";
    private const string Invalid = "the form comes back with a validation message: A's resource is not in the state the handler needs (already linked or added, overlapping dates, convention signed, e-mail taken)";
    private const string CcfScheduleForm = "a sitting takes a teacher of the cohort and candidates ticked, which the form opens without; without a cohort in its address the form is the first managed cohort's (the fixture's other cohort), whose groups and learners A's ids are not";
    private const string NotRead = "the handler does not read this field (the page binds it for another of its forms): nothing to write through it";
    private const string Same = "accepted, but A's own id is the value the form already held, or names what is already in the state asked: nothing to write";

    /// <summary>Kinds every establishment shares (référentiel, its elements and blocks), and form values that are
    /// Guids without naming an entity (concurrency versions, editor sessions): not tried.</summary>
    private static readonly HashSet<string> Shared = new HashSet<string> { "framework", "element", "version", "editor-session" };

    /// <summary>Field member name → kind, for every route.</summary>
    private static readonly Dictionary<string, string> ByMember = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["blockId"] = "element", ["ElementId"] = "element", ["knowledgeIds"] = "element", ["ElementIds"] = "element", ["Competence"] = "element", ["FrameworkId"] = "framework",
        ["Version"] = "version", ["Session"] = "editor-session",
        ["CohortId"] = "cohort", ["CohortIds"] = "cohort", ["promotion"] = "cohort", ["groupe"] = "group", ["element"] = "element", ["u"] = "learner", ["periodId"] = "period", ["EstablishmentId"] = "establishment", ["GroupId"] = "group",
        ["PersonId"] = "learner", ["LearnerId"] = "learner", ["LearnerIds"] = "learner", ["ParticipantIds"] = "teacher",
        ["JurorIds"] = "jury", ["jurorId"] = "jury", ["ReferentTeacherId"] = "teacher", ["RecipientId"] = "teacher", ["UserId"] = "learner",
        ["TraceIds"] = "trace", ["traceId"] = "trace", ["InterviewIds"] = "interview", ["PeriodIds"] = "period", ["sessionId"] = "session",
        ["replyToId"] = "dossiercomment", ["itemId"] = "dossieritem", ["ContextReferenceId"] = "mission", ["DocumentMissionId"] = "mission", ["missionId"] = "mission",
        ["parentId"] = "comment", ["threadId"] = "comment", ["attachmentId"] = "attachment",
        ["HostOrganisationId"] = "host", ["PartnerIds"] = "host", ["PartnerId"] = "host", ["TutorContactId"] = "contact", ["TargetIds"] = "element", ["contactId"] = "contact", ["actionId"] = "partnership",
        ["OrganisationId"] = "organisation", ["ResourceIds"] = "resource", ["ReportsToId"] = "orgperson",
        ["TeacherIds"] = "teacher", ["ProfessionalId"] = "teacher", ["cohorte"] = "cohort", ["candidateId"] = "ccfcandidate",
        ["ApplicationId"] = "pfmpapplication", ["applicationId"] = "pfmpapplication", ["proposalId"] = "hostproposal",
        ["SituationId"] = "situation", ["absenceId"] = "absence", ["visitId"] = "visit", ["assignmentId"] = "assignment", ["corrige"] = "assessment", ["draft"] = "draft",
    };

    /// <summary>Fields whose name means different kinds on different pages: "route shape · member" → kind.</summary>
    private static readonly Dictionary<string, string> ByRoute = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/certification/sessions/{}/jury · linkId"] = "jurylink",
        ["/dossier/partages · linkId"] = "sharelink",
        ["/dossier/traces/{}/competences · linkId"] = "tracelink",
        ["/pfmp/periodes/{}/acces-tuteur · linkId"] = "tutorlink",
        ["/organisations/{}/organigramme · Id"] = "orgperson",
        ["/organisations/{}/organigramme · personId"] = "orgperson",
        ["/organisations/{} · documentId"] = "orgdocument",
        ["/situations/{} · documentId"] = "sitdocument",
        ["/notifications · id"] = "notification",
        ["/suivi/actions · id"] = "action",
        ["/vacances · id"] = "holiday",
        ["/pfmp/ma-recherche/candidature/{} · HostChoice"] = "host",
        ["/pfmp/recherches/propositions/{} · hostId"] = "host",
        ["/compte/jetons · id"] = "apitoken",
        ["/promotions/{} · personId"] = "learner",
        ["/promotions/{}/equipe · Id"] = "teacher",
        ["/suivi/apprenants/{}/parcours · adjustmentId"] = "adjustment",
        ["/personnes/importer-siecle · Mapping"] = "cohort",
        ["/promotions/nouvelle-annee · etablissement"] = "establishment",
        ["/partenaires/evenements/nouveau · etablissement"] = "establishment",
        ["/promotions/nouvelle-annee · NewFrameworkId"] = "framework",
        ["/referentiel/brouillons/nouveau · depuis"] = "framework",
        ["/promotions/{}/referentiel · From"] = "framework",
        ["/promotions/{}/referentiel · Version"] = "framework",
        ["/personnes/importer-sts · Mapping"] = "cohort",
        ["/projet · Id"] = "projectstep",
        ["/projet/pix · resultId"] = "pixresult",
        ["/devenir/apprenants/{} · linkId"] = "followuplink",
        ["/bureau/promotions/{} · RequesterId"] = "orgperson",
        ["/bureau/promotions/{} · apprenant"] = "learner",
    };

    private static string? KindOf(FormId field) =>
        ByRoute.GetValueOrDefault($"{MatrixPage.Shape(field.Route)} · {field.Member}") ?? ByMember.GetValueOrDefault(field.Member);

    [Fact]
    public async Task A_form_field_never_reaches_another_establishments_data()
    {
        var fields = await FormIdDiscovery.DiscoverAsync(app.Services);
        var unmapped = fields.Where(f => KindOf(f) is null).Select(f => f.ToString()).ToList();
        Assert.True(unmapped.Count == 0, "Form ids of unknown kind (declare them in ForeignIdTests.ByMember or ByRoute):\n" + string.Join("\n", unmapped));

        var ids = new Dictionary<(char, string), (Type Entity, Guid? Id)>();
        foreach (var establishment in new[] { 'A', 'B' })
        {
            foreach (var (kind, found) in await app.WithDbAsync(db => IdsAsync(db, establishment)))
            {
                ids[(establishment, kind)] = found;
            }
        }

        var holes = new List<string>();
        var skipped = new List<string>();
        var controls = new List<(FormId Field, Caller Caller, string Url, Type Entity, Guid Own)>();
        int tried = 0, refused = 0, ignored = 0;
        foreach (var field in fields)
        {
            var kind = KindOf(field)!;
            if (Shared.Contains(kind))
            {
                continue;
            }

            if (!ids.TryGetValue(('B', kind), out var foreign) || foreign.Id is not { } foreignId)
            {
                skipped.Add($"{field}: no {kind} of B in the test data");
                continue;
            }

            var page = MatrixTable.Pages.FirstOrDefault(p => MatrixPage.Shape(p.Path) == MatrixPage.Shape(field.Route));
            var rule = page?.RuleOf(field.Verb);
            var caller = rule is null || page!.IsPublic ? null : app.Callers.FirstOrDefault(c => c.Establishment == 'A' && c.Kind != Roles.Admin && MatrixPage.ReachOf(rule, c.Kind) != Reach.None);
            var url = caller is null ? null : app.Resolve(page!.Path, page.Placeholders, caller, Variant.Own);
            if (caller is null || url is null)
            {
                skipped.Add($"{field}: {(caller is null ? "no caller of A is let in (public or administrator only)" : "no own resource in the test data")}");
                continue;
            }

            tried++;
            var before = await FootprintAsync(foreign.Entity, foreignId);
            var response = await SendAsync(caller, url, field, foreignId);
            var after = await FootprintAsync(foreign.Entity, foreignId);
            var status = (int)response.StatusCode;
            var shown = status == 200 ? await response.ToPageAsync() : null;
            if (status >= 400 || shown?.Errors().Count > 0)
            {
                refused++;
            }
            else
            {
                ignored++;
            }

            if (before != after || status >= 500)
            {
                var hole = $"{field} ({caller}, {kind} of B): {(status >= 500 ? $"server error {status}" : "B's row or the rows pointing at it changed")}";
                if (!KnownGaps.ContainsKey(field.ToString()))
                {
                    holes.Add(hole);
                }
                else
                {
                    output.WriteLine($"KNOWN GAP {hole} — {KnownGaps[field.ToString()]}");
                }
            }

            if (ids.TryGetValue(('A', kind), out var own) && own.Id is { } ownId)
            {
                controls.Add((field, caller, url, own.Entity, ownId));
            }
        }

        // Controls last: they may change or delete A's resources the foreign sends above needed. Those that remove
        // what others need go after them, in the order AllowedPostTests sends them.
        var effective = 0;
        var idle = new List<string>();
        var undeclared = new List<string>();
        var nowEffective = new List<string>();
        foreach (var (field, caller, url, entity, ownId) in controls.OrderBy(c => AllowedPostTests.Rank($"{c.Field.Verb} {c.Field.Route}")))
        {
            var before = await FootprintAsync(entity, ownId);
            var response = await SendAsync(caller, url, field, ownId);
            var changed = await FootprintAsync(entity, ownId) != before;
            var got = $"{field}: {MatrixCell.Describe(response, await MatrixCell.ErrorsAsync(response))}";
            var declared = ControlsWithoutEffect.ContainsKey(field.ToString());
            if (changed)
            {
                effective++;
                if (declared)
                {
                    // Not a failure: which row of A a kind names can differ between databases (no order on ties).
                    nowEffective.Add(field.ToString());
                }
            }
            else
            {
                idle.Add(declared ? $"{got} — {ControlsWithoutEffect[field.ToString()]}" : got);
                if (!declared)
                {
                    undeclared.Add($"{got}: changed nothing; make it change A's row or declare it in ControlsWithoutEffect with why");
                }
            }
        }

        output.WriteLine($"{fields.Count} form ids in POST handlers ({(app.IsPostgres ? "PostgreSQL" : "SQLite")}); {tried} sent with B's id as an allowed caller of A: " +
                         $"{refused} refused (4xx or the form again with a message), {ignored} accepted with B's id left untouched; " +
                         $"{controls.Count} controls with A's own id, {effective} of which changed A's row or what points at it.");
        output.WriteLine("Not tried:\n" + string.Join("\n", skipped));
        output.WriteLine($"{nowEffective.Count} controls declared in ControlsWithoutEffect changed A's row this time (take them off if they do on both databases):\n" + string.Join("\n", nowEffective));
        output.WriteLine($"{idle.Count} controls left A's row and what points at it as they were ({ControlsWithoutEffect.Count} declared):\n" + string.Join("\n", idle));
        Assert.True(holes.Count == 0, $"{holes.Count} form fields reached the other establishment's data:\n" + string.Join("\n", holes));
        Assert.True(undeclared.Count == 0, $"{undeclared.Count} controls disagree with ControlsWithoutEffect:\n" + string.Join("\n", undeclared));
    }

    /// <summary>Sends the form of the page that posts to the handler, complete (<see cref="FormBody"/>), with
    /// <paramref name="id"/> in the field.</summary>
    private async Task<HttpResponseMessage> SendAsync(Caller caller, string url, FormId field, Guid id)
    {
        var client = app.ClientFor(caller);
        var handler = field.Verb.Split(' ').ElementAtOrDefault(1);
        var target = handler is null ? url : $"{url}?handler={handler}";
        var (body, _) = await FormBody.HarvestAsync(client, url, handler, field.Field);
        return await client.PostAsync(target, (body ?? FormBody.Empty).With(field.Field, id.ToString()).ToContent(app.AntiforgeryTokenFor(caller)));
    }

    /// <summary>What the database says about one row: its content, and how many rows of each table point at it.</summary>
    private async Task<string> FootprintAsync(Type entity, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not an entity.");
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        object value = db.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
        var parts = new List<string> { await ScalarAsync(connection, $"SELECT * FROM \"{type.GetTableName()}\" WHERE \"{type.FindPrimaryKey()!.Properties[0].GetColumnName()}\" = @id", value, row: true) };
        // Every column holding a Guid, foreign key or not (DossierItem.ReferenceId names a trace or an interview
        // without one): a row coming to point at the id shows.
        var columns = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .SelectMany(e => e.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(Guid)).Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName())))
            .Distinct().OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal);
        foreach (var (table, column) in columns)
        {
            parts.Add($"{table}.{column}=" + await ScalarAsync(connection, $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = @id", value, row: false));
        }

        return string.Join("|", parts);
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, object id, bool row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return "none";
        }

        return row ? string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))) : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>One id of each kind from an establishment: the matrix fixture's resources, and the rest found from them.</summary>
    private async Task<Dictionary<string, (Type, Guid?)>> IdsAsync(SillageDb db, char establishment)
    {
        var accounts = establishment == 'A' ? Accounts.ByRole : Accounts.Other.ByRole;
        Guid? Resource(string kind) => app.ResourceId($"{establishment}:{kind}:Own") is { } id ? Guid.Parse(id) : null;
        async Task<Guid?> User(string role) => await db.Users.Where(u => u.Email == accounts[role]).Select(u => (Guid?)u.Id).SingleAsync();
        async Task<Guid?> First<T>(string column, Guid? value) where T : class =>
            value is null ? null : await db.Set<T>().Where(x => EF.Property<Guid?>(x, column) == value).Select(x => (Guid?)EF.Property<Guid>(x, "Id")).FirstOrDefaultAsync();

        var cohort = Resource("cohort");
        var estId = await db.Cohorts.Where(c => c.Id == cohort).Select(c => (Guid?)c.EstablishmentId).SingleAsync();
        var dossier = Resource("dossier");
        var trace = Resource("trace");
        var period = Resource("period");
        var learner = Resource("learner");
        var host = Resource("host");
        var situation = Resource("situation");
        var organisation = Resource("organisation");
        var teacher = await User(Roles.Teacher);
        return new()
        {
            ["cohort"] = (typeof(Cohort), cohort),
            ["establishment"] = (typeof(Establishment), estId),
            ["group"] = (typeof(Group), await First<Group>("CohortId", cohort)),
            ["learner"] = (typeof(Sillage.Web.Data.User), learner),
            ["teacher"] = (typeof(Sillage.Web.Data.User), teacher),
            ["jury"] = (typeof(Sillage.Web.Data.User), await User(Roles.Jury)),
            ["trace"] = (typeof(Trace), trace),
            ["period"] = (typeof(PfmpPeriod), period),
            ["interview"] = (typeof(Interview), Resource("interview")),
            ["session"] = (typeof(ExamSession), Resource("session")),
            ["dossiercomment"] = (typeof(DossierComment), await First<DossierComment>("DossierId", dossier)),
            ["dossieritem"] = (typeof(DossierItem), await First<DossierItem>("DossierId", dossier)),
            ["mission"] = (typeof(Mission), Resource("mission")),
            ["comment"] = (typeof(FeedbackComment), await First<FeedbackComment>("TraceId", trace)),
            ["attachment"] = (typeof(Attachment), Resource("attachment")),
            ["situation"] = (typeof(Situation), situation),
            ["host"] = (typeof(HostOrganisation), host),
            ["contact"] = (typeof(HostContact), await First<HostContact>("HostOrganisationId", host)),
            ["partnership"] = (typeof(PartnershipAction), Resource("partnership")),
            ["pfmpapplication"] = (typeof(PfmpApplication), Resource("pfmpapplication")),
            ["hostproposal"] = (typeof(HostProposal), Resource("hostproposal")),
            ["organisation"] = (typeof(Organisation), organisation),
            ["resource"] = (typeof(Sillage.Domain.Resources.Resource), Resource("resource")),
            ["orgperson"] = (typeof(OrganisationPerson), await First<OrganisationPerson>("OrganisationId", organisation)),
            ["orgdocument"] = (typeof(OrganisationDocument), Resource("orgdocument")),
            ["sitdocument"] = (typeof(SituationDocument), Resource("sitdocument")),
            ["absence"] = (typeof(PfmpAbsence), await First<PfmpAbsence>("PeriodId", period)),
            ["visit"] = (typeof(PfmpVisit), await First<PfmpVisit>("PeriodId", period)),
            ["assignment"] = (typeof(SituationAssignment), await First<SituationAssignment>("SituationId", situation) ?? await First<SituationAssignment>("CohortId", cohort)),
            ["assessment"] = (typeof(Assessment), await First<Assessment>("LearnerId", learner)),
            ["draft"] = (typeof(TraceDraft), await First<TraceDraft>("AuthorId", learner)),
            ["jurylink"] = (typeof(JuryLink), await First<JuryLink>("SessionId", Resource("session"))),
            ["sharelink"] = (typeof(ShareLink), await First<ShareLink>("OwnerId", learner)),
            ["tracelink"] = (typeof(TraceCompetenceLink), await First<TraceCompetenceLink>("TraceId", trace)),
            ["tutorlink"] = (typeof(TutorLink), await First<TutorLink>("TutorId", await User(Roles.Tutor))
                                                ?? await db.TutorLinks.Where(l => db.Users.Any(u => u.Id == l.TutorId && u.EstablishmentId == estId)).Select(l => (Guid?)l.Id).FirstOrDefaultAsync()),
            ["notification"] = (typeof(Notification), await First<Notification>("UserId", await User(Roles.Coordinator)) ?? await First<Notification>("UserId", learner)),
            ["action"] = (typeof(AgreedAction), await First<AgreedAction>("LearnerId", learner)),
            ["adjustment"] = (typeof(Sillage.Domain.People.PathAdjustment), await First<Sillage.Domain.People.PathAdjustment>("CohortId", cohort)),
            ["holiday"] = (typeof(SchoolHoliday), await First<SchoolHoliday>("EstablishmentId", estId)),
            ["apitoken"] = (typeof(Sillage.Web.Data.PersonalAccessToken), await First<Sillage.Web.Data.PersonalAccessToken>("UserId", learner)),
            ["projectstep"] = (typeof(Sillage.Domain.Career.ProjectStep), await First<Sillage.Domain.Career.ProjectStep>("ProjectId", await First<Sillage.Domain.Career.ProfessionalProject>("LearnerId", learner))),
            ["pixresult"] = (typeof(Sillage.Domain.Career.PixResult), await First<Sillage.Domain.Career.PixResult>("LearnerId", learner)),
            ["followuplink"] = (typeof(Sillage.Domain.Career.FollowUpLink), await First<Sillage.Domain.Career.FollowUpLink>("LearnerId", learner)),
            ["ccfcandidate"] = (typeof(Sillage.Domain.Certification.Ccf.CcfCandidate), await First<Sillage.Domain.Certification.Ccf.CcfCandidate>("SittingId", Resource("ccfsitting"))),
        };
    }
}
