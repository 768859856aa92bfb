using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Pfmp;
using Sillage.Web.Pages.Pfmp.Search;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>The learner's search for a PFMP: applications and proposed structures, the team's view, the validation
/// into the directory (once), the period made from an accepted application, and who may see what.</summary>
public sealed class PfmpSearchTests(SillageApp app) : IClassFixture<SillageApp>
{
    /// <summary>The demo's searching learners: apprenant10 proposed a structure, apprenant11 has an accepted application.</summary>
    private const int Searcher = 9;
    private const int Accepted = 10;

    private Task<Guid> LearnerAsync(int index) => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == PfmpLookups.LearnerEmail(index)).Select(u => u.Id).SingleAsync());

    private Task<Guid> HostAsync(string name) => app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    private Task<int> ApplicationCountAsync(Guid learner) => app.WithDbAsync(db => db.PfmpApplications.CountAsync(a => a.LearnerId == learner));

    private async Task<Guid> ProposeAsync(HttpClient learner, string name, string? siret, string? contactLastName = null)
    {
        var form = await learner.GetPageAsync("/pfmp/ma-recherche/structure");
        var after = await learner.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.Name"] = name,
            ["Input.Siret"] = siret,
            ["Input.City"] = "Lyon",
            ["Input.PostalCode"] = "69004",
            ["Contact.FirstName"] = contactLastName is null ? null : "Jeanne",
            ["Contact.LastName"] = contactLastName,
            ["Contact.Email"] = contactLastName is null ? null : $"{contactLastName.ToLowerInvariant()}@exemple.example",
        });
        Assert.Empty(after.Errors());
        return await app.WithDbAsync(db => db.HostProposals.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
    }

    private static async Task<Page> LogAsync(HttpClient learner, Guid hostChoice, string appliedOn, string answer = "Waiting", string? nextStepOn = null)
    {
        var form = await learner.GetPageAsync("/pfmp/ma-recherche/candidature");
        return await learner.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.HostChoice"] = hostChoice.ToString(),
            ["Input.AppliedOn"] = appliedOn,
            ["Input.Channel"] = "Email",
            ["Input.Answer"] = answer,
            ["Input.NextStep"] = nextStepOn is null ? null : "Relancer",
            ["Input.NextStepOn"] = nextStepOn,
        });
    }

    [Fact]
    public async Task A_learner_proposes_a_structure_and_logs_applications_shown_on_their_search_and_home()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(11));
        var proposal = await ProposeAsync(learner, "Studio Graphique Croix-Rousse", "999 000 008 00014", "Morin");

        await LogAsync(learner, proposal, "2026-11-10", nextStepOn: "2026-11-20");
        var search = await LogAsync(learner, await HostAsync("Mairie de Ville-Fictive"), "2026-11-16");

        Assert.Equal(2, search.FindAll("#applications tbody tr").Count());
        Assert.Contains("proposée, à valider", search.Find("#applications")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Studio Graphique Croix-Rousse", search.Find("#proposals")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Toutes les PFMP dans la même structure", search.Text, StringComparison.Ordinal);
        var home = await learner.GetPageAsync("/");
        Assert.Contains("2 candidature(s)", home.Find("#todo-pfmp-search")!.TextContent, StringComparison.Ordinal);
        var periods = await learner.GetPageAsync("/pfmp/mes-periodes");
        Assert.Contains("2 candidature(s)", periods.Find("#my-search")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_dated_in_the_future_or_with_a_next_step_before_it_is_refused_and_nothing_saved()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(7));
        var id = await LearnerAsync(7);
        var host = await HostAsync("Agence Pixel & Sens");

        var future = await LogAsync(learner, host, "2026-11-17");
        var backwards = await LogAsync(learner, host, "2026-11-10", nextStepOn: "2026-11-09");

        Assert.Contains("La date de candidature ne peut pas être dans le futur.", future.Errors());
        Assert.Contains("La prochaine étape ne peut pas précéder la candidature (le 10/11/2026).", backwards.Errors());
        Assert.Equal(0, await ApplicationCountAsync(id));
    }

    [Fact]
    public async Task A_proposal_with_the_siret_of_a_directory_entry_is_refused_naming_it()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(7));
        var form = await learner.GetPageAsync("/pfmp/ma-recherche/structure");

        var refused = await (await learner.SubmitAsync(form, "main form", new() { ["Input.Name"] = "Lemoine", ["Input.Siret"] = "99900000100019" })).ToPageAsync();

        Assert.Contains("« Cabinet Lemoine Conseil » est déjà dans l'annuaire avec ce SIRET : choisissez-la dans l'annuaire au lieu de la proposer.", refused.Errors());
        Assert.False(await app.WithDbAsync(db => db.HostProposals.AnyAsync(p => p.Name == "Lemoine")));
    }

    [Fact]
    public async Task A_stale_application_form_is_refused_and_nothing_saved()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(8));
        await LogAsync(learner, await HostAsync("Start'Ouest"), "2026-11-12");
        var applicationId = await app.WithDbAsync(async db => (await db.PfmpApplications.SingleAsync(a => a.LearnerId == db.Users.Single(u => u.Email == PfmpLookups.LearnerEmail(8)).Id)).Id);
        var first = await learner.GetPageAsync($"/pfmp/ma-recherche/candidature/{applicationId}");
        var second = await learner.GetPageAsync($"/pfmp/ma-recherche/candidature/{applicationId}");
        await learner.SubmitAndFollowAsync(first, "main form", new() { ["Input.Answer"] = "Interview" });

        var stale = await (await learner.SubmitAsync(second, "main form", new() { ["Input.Answer"] = "Refused", ["Input.Notes"] = "Perdu" })).ToPageAsync();

        Assert.Contains("Cette candidature a été modifiée entre-temps (dans un autre onglet ?) : vos saisies n'ont pas été enregistrées. Rechargez la page pour voir sa version actuelle.", stale.Errors());
        var saved = await app.WithDbAsync(db => db.PfmpApplications.AsNoTracking().SingleAsync(a => a.Id == applicationId));
        Assert.Equal(ApplicationAnswer.Interview, saved.Answer);
        Assert.Null(saved.Notes);
    }

    [Fact]
    public async Task A_learner_gets_404_on_another_learners_application_and_proposal()
    {
        var searcher = await LearnerAsync(Searcher);
        var (application, proposal) = await app.WithDbAsync(async db => (
            await db.PfmpApplications.Where(a => a.LearnerId == searcher).OrderBy(a => a.AppliedOn).Select(a => a.Id).FirstAsync(),
            await db.HostProposals.Where(p => p.LearnerId == searcher).Select(p => p.Id).SingleAsync()));
        var other = await app.SignInAsync(PfmpLookups.LearnerEmail(Accepted));
        var own = await other.GetPageAsync("/pfmp/ma-recherche");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/pfmp/ma-recherche/candidature/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/pfmp/ma-recherche/structure/{proposal}")).StatusCode);
        var delete = await other.SubmitAsync(own, "#applications form", new() { ["applicationId"] = application.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/pfmp/recherches/{searcher}")).StatusCode);
        Assert.Equal(4, await ApplicationCountAsync(searcher));
    }

    [Fact]
    public async Task The_team_sees_every_learner_of_the_cohort_with_the_status_of_their_search_and_filters_it()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);

        var all = await teacher.GetPageAsync("/pfmp/recherches");
        var accepted = await teacher.GetPageAsync("/pfmp/recherches?statut=Accepted");

        string Row(Page page, string email) => page.FindAll("#searches tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href")!.EndsWith(email, StringComparison.Ordinal)).TextContent;
        var searcher = (await LearnerAsync(Searcher)).ToString();
        var acceptedId = (await LearnerAsync(Accepted)).ToString();
        Assert.Equal(12, all.FindAll("#searches tbody tr").Count());
        Assert.Contains("En recherche", Row(all, searcher), StringComparison.Ordinal);
        Assert.Contains("Candidature acceptée", Row(all, acceptedId), StringComparison.Ordinal);
        Assert.Contains("Pas encore de recherche", Row(all, (await LearnerAsync(1)).ToString()), StringComparison.Ordinal);
        var acceptedRows = accepted.FindAll("#searches tbody tr a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();
        Assert.Contains(acceptedId, acceptedRows);
        Assert.DoesNotContain(searcher, acceptedRows);
        var detail = await teacher.GetPageAsync($"/pfmp/recherches/{searcher}");
        Assert.Equal(4, detail.FindAll("#applications tbody tr").Count());
        Assert.Empty(detail.FindAll("a[href*='/propositions/']"));
    }

    [Fact]
    public async Task The_direction_reads_a_search_but_validates_nothing_and_the_other_establishment_sees_nothing()
    {
        var searcher = await LearnerAsync(Searcher);
        var proposal = await app.WithDbAsync(db => db.HostProposals.Where(p => p.LearnerId == searcher).Select(p => p.Id).SingleAsync());
        var direction = await app.SignInAsync(Accounts.Direction);
        var otherReferent = await app.SignInAsync(Accounts.Other.Coordinator);
        var tutor = await app.SignInAsync(Accounts.Tutor);

        Assert.Equal(HttpStatusCode.OK, (await direction.GetPageAsync($"/pfmp/recherches/{searcher}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await direction.GetAsync($"/pfmp/recherches/propositions/{proposal}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReferent.GetAsync($"/pfmp/recherches/{searcher}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReferent.GetAsync($"/pfmp/recherches/propositions/{proposal}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tutor.GetAsync($"/pfmp/recherches/{searcher}")).StatusCode);
        var otherList = await otherReferent.GetPageAsync("/pfmp/recherches");
        Assert.DoesNotContain(searcher.ToString(), otherList.Document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validated_proposal_becomes_one_directory_entry_and_its_applications_point_at_it_even_when_posted_twice()
    {
        var searcher = await LearnerAsync(Searcher);
        var proposal = await app.WithDbAsync(db => db.HostProposals.Where(p => p.LearnerId == searcher).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/pfmp/recherches/propositions/{proposal.Id}");

        var done = await referent.SubmitAndFollowAsync(form, "#validate-form", new() { ["Input.Sector"] = "Atelier de création numérique" });
        var again = await (await referent.SubmitAsync(form, "#validate-form")).ToPageAsync();

        Assert.Contains("ajoutée à l'annuaire", done.Text, StringComparison.Ordinal);
        Assert.Contains("Cette proposition a déjà été validée dans l'annuaire.", again.Errors());
        var hosts = await app.WithDbAsync(db => db.HostOrganisations.Include(h => h.Contacts).Where(h => h.Siret == "99900000700016").ToListAsync());
        var host = Assert.Single(hosts);
        Assert.Equal("Khelifi", Assert.Single(host.Contacts).LastName);
        Assert.Equal(host.Id, await app.WithDbAsync(db => db.HostProposals.Where(p => p.Id == proposal.Id).Select(p => p.HostOrganisationId).SingleAsync()));
        Assert.Equal(host.Id, await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.ProposalId == proposal.Id).Select(a => a.HostOrganisationId).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "pfmp.proposal-validated" && e.SubjectId == searcher)));
    }

    [Fact]
    public async Task Two_simultaneous_validations_of_a_proposal_make_one_directory_entry()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(6));
        var proposal = await ProposeAsync(learner, "Double Clic Informatique", "99900000900012");
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/pfmp/recherches/propositions/{proposal}");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => referent.SubmitAsync(form, "#validate-form")));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, await app.WithDbAsync(db => db.HostOrganisations.CountAsync(h => h.Siret == "99900000900012")));
    }

    [Fact]
    public async Task A_proposal_whose_siret_entered_the_directory_is_refused_and_linked_to_the_existing_entry_instead()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(4));
        var proposal = await ProposeAsync(learner, "Imprimerie Duval", null);
        await LogAsync(learner, proposal, "2026-11-02", "Accepted");
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync($"/pfmp/recherches/propositions/{proposal}");
        var duval = await HostAsync("Imprimerie Duval & Fils");

        var refused = await (await referent.SubmitAsync(form, "#validate-form", new() { ["Input.Siret"] = "99900000400013" })).ToPageAsync();
        var linked = await referent.SubmitAndFollowAsync(refused, $"form[action*='hostId={duval}']");

        Assert.Contains("« Imprimerie Duval & Fils » a déjà le SIRET 999 000 004 00013.", refused.Errors());
        Assert.Contains("Proposition reliée à « Imprimerie Duval & Fils »", linked.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.HostOrganisations.CountAsync(h => h.Siret == "99900000400013" && h.Name == "Imprimerie Duval & Fils")));
        Assert.Equal(duval, await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.ProposalId == proposal).Select(a => a.HostOrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task An_accepted_application_prefills_the_period_which_it_then_shows_and_a_second_submission_creates_nothing()
    {
        var learner = await LearnerAsync(5);
        await LogAsync(await app.SignInAsync(PfmpLookups.LearnerEmail(5)), await HostAsync("Start'Ouest"), "2026-11-09", "Accepted");
        var application = await app.WithDbAsync(db => db.PfmpApplications.SingleAsync(a => a.LearnerId == learner && a.Answer == ApplicationAnswer.Accepted));
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var detail = await referent.GetPageAsync($"/pfmp/recherches/{learner}");
        var link = detail.Find($"a[href*='candidature={application.Id}']")!.GetAttribute("href")!;
        var form = await referent.GetPageAsync(link);

        Assert.Equal(learner.ToString(), form.Find("select[name='Input.LearnerId'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(application.HostOrganisationId.ToString(), form.Find("select[name='Input.HostOrganisationId'] option[selected]")!.GetAttribute("value"));
        var values = new Dictionary<string, string?> { ["Input.Start"] = "2027-01-04", ["Input.End"] = "2027-01-29" };
        var created = await referent.SubmitAndFollowAsync(form, "main form", values);
        var again = await (await referent.SubmitAsync(form, "main form", values)).ToPageAsync();

        Assert.Contains("Période créée pour", created.Text, StringComparison.Ordinal);
        var periods = await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.LearnerId == learner).Select(p => p.Id).ToListAsync());
        var period = Assert.Single(periods);
        Assert.Equal(period, await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.Id == application.Id).Select(a => a.PeriodId).SingleAsync()));
        Assert.Contains("Cette candidature est déjà devenue une période de PFMP.", again.Errors());
        var after = await referent.GetPageAsync($"/pfmp/recherches/{learner}");
        Assert.NotNull(after.Find($"#applications a[href='/pfmp/periodes/{period}']"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "pfmp.application-became-period" && e.SubjectId == period)));
    }

    [Fact]
    public async Task An_accepted_application_to_a_structure_not_yet_in_the_directory_cannot_become_a_period()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(3));
        var proposal = await ProposeAsync(learner, "Fablab des Canuts", null, "Perrin");
        await LogAsync(learner, proposal, "2026-11-03", "Accepted");
        var application = await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.ProposalId == proposal).Select(a => a.Id).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var form = await referent.GetPageAsync($"/pfmp/nouvelle?candidature={application}");

        Assert.Contains("La structure de cette candidature n'est pas encore dans l'annuaire : validez d'abord la proposition de l'apprenant.", form.Errors());
        Assert.Null(form.Find("#from-application"));
    }

    [Fact]
    public async Task The_period_from_a_validated_proposal_proposes_its_contact_as_tutor()
    {
        var learner = await app.SignInAsync(PfmpLookups.LearnerEmail(2));
        var proposal = await ProposeAsync(learner, "Médiathèque Numérique", "99900001100018", "Garnier");
        await LogAsync(learner, proposal, "2026-11-05", "Accepted");
        var referent = await app.SignInAsync(Accounts.Coordinator);
        await referent.SubmitAndFollowAsync(await referent.GetPageAsync($"/pfmp/recherches/propositions/{proposal}"), "#validate-form");
        var application = await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.ProposalId == proposal).Select(a => a.Id).SingleAsync());
        var contact = await app.WithDbAsync(db => db.HostContacts.Where(c => c.LastName == "Garnier").Select(c => c.Id).SingleAsync());
        // The learner edits the application after the validation: it names the directory entry and still the proposal.
        var edit = await learner.GetPageAsync($"/pfmp/ma-recherche/candidature/{application}");
        await learner.SubmitAndFollowAsync(edit, "main form", new() { ["Input.Notes"] = "Convention à signer." });
        Assert.Equal(proposal, await app.WithDbAsync(db => db.PfmpApplications.Where(a => a.Id == application).Select(a => a.ProposalId).SingleAsync()));

        var form = await referent.GetPageAsync($"/pfmp/nouvelle?candidature={application}");

        Assert.Equal(contact.ToString(), form.Find("select[name='Input.TutorContactId'] option[selected]")?.GetAttribute("value"));
    }
}
