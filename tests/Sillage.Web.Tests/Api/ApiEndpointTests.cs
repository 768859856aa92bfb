using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Api;

/// <summary>Every endpoint of /api/v1, called with a token of someone allowed, answers with the data the pages show
/// them — and only that.</summary>
public sealed class ApiEndpointTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task A_teacher_token_lists_their_cohorts_and_learners_never_the_other_establishments()
    {
        var client = await app.ClientAsync(Accounts.Teacher, write: false);
        var cohorts = await JsonAsync(await client.GetAsync("/api/v1/cohorts"), HttpStatusCode.OK);
        var names = cohorts.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains(DemoSeeder.CohortName, names);
        Assert.DoesNotContain(DemoSeeder.SecondCohortName, names);
        Assert.Equal(names.Count, cohorts.GetProperty("total").GetInt32());

        var learners = await JsonAsync(await client.GetAsync($"/api/v1/cohorts/{await app.OwnCohortAsync()}/learners?pageSize=2"), HttpStatusCode.OK);
        Assert.Equal(2, learners.GetProperty("items").GetArrayLength());
        Assert.True(learners.GetProperty("total").GetInt32() > 2);
        var all = await JsonAsync(await client.GetAsync($"/api/v1/cohorts/{await app.OwnCohortAsync()}/learners?pageSize=200"), HttpStatusCode.OK);
        var ids = all.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(await app.UserIdAsync(Accounts.Learner), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_teacher_token_reads_a_learners_competences_positionnements_traces_and_pfmp()
    {
        var client = await app.ClientAsync(Accounts.Teacher, write: false);
        var learner = await app.UserIdAsync(Accounts.Learner);

        var state = await JsonAsync(await client.GetAsync($"/api/v1/learners/{learner}/competences"), HttpStatusCode.OK);
        Assert.Equal(await app.OwnCohortAsync(), state.GetProperty("cohortId").GetGuid());
        Assert.Contains(state.GetProperty("elements").EnumerateArray(), e => e.GetProperty("code").GetString() == "C2.3");
        Assert.Contains(state.GetProperty("scale").EnumerateArray(), s => s.GetProperty("countsAsAcquired").GetBoolean());

        var positionnements = await JsonAsync(await client.GetAsync($"/api/v1/learners/{learner}/positionnements"), HttpStatusCode.OK);
        var stored = await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.LearnerId == learner && a.CohortId == state.GetProperty("cohortId").GetGuid()));
        Assert.Equal(stored, positionnements.GetProperty("total").GetInt32());

        var traces = await JsonAsync(await client.GetAsync($"/api/v1/learners/{learner}/traces"), HttpStatusCode.OK);
        var liveTraces = await app.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == learner && t.DeletedAt == null));
        Assert.Equal(liveTraces, traces.GetProperty("total").GetInt32());
        var first = traces.GetProperty("items").EnumerateArray().First();
        // Metadata only: the text and attachments stay on the pages.
        Assert.Equal(["id", "title", "kind", "activityDate", "createdAt", "updatedAt", "competenceIds"], first.EnumerateObject().Select(p => p.Name).ToArray());

        var periods = await JsonAsync(await client.GetAsync($"/api/v1/learners/{learner}/pfmp"), HttpStatusCode.OK);
        var storedPeriods = await app.WithDbAsync(db => db.PfmpPeriods.CountAsync(p => p.LearnerId == learner));
        Assert.Equal(storedPeriods, periods.GetArrayLength());
    }

    [Fact]
    public async Task A_learner_token_reads_their_own_suivi_traces_and_pfmp()
    {
        var client = await app.ClientAsync(Accounts.Learner, write: false);
        var me = await app.UserIdAsync(Accounts.Learner);
        foreach (var path in new[] { "competences", "positionnements", "traces", "pfmp" })
        {
            await JsonAsync(await client.GetAsync($"/api/v1/learners/{me}/{path}"), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_write_token_records_a_positionnement_through_the_domain_rule()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        var learner = await app.UserIdAsync(Accounts.Learner);
        var element = await app.ElementIdAsync("C2.3.2");
        var response = await client.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements",
            new { elementId = element, level = 3, observedOn = "2026-11-13", context = "Situation", comment = "Par l'API" });
        var recorded = await JsonAsync(response, HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetGuid();
        var row = await app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == id));
        Assert.Equal((learner, element, 3, "Par l'API"), (row.LearnerId, row.ElementId, row.Level, row.Comment));
        Assert.Equal(await app.UserIdAsync(Accounts.Teacher), row.AssessorId);

        // A correction of it, then a second correction of the same event: the second one is refused.
        var correction = new { elementId = element, level = 2, observedOn = "2026-11-13", correctsId = id };
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements", correction), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements", correction)).StatusCode);
    }

    [Fact]
    public async Task A_positionnement_breaking_the_rules_gets_422_with_field_errors_and_writes_nothing()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        var learner = await app.UserIdAsync(Accounts.Learner);
        var before = await app.WithDbAsync(db => db.Assessments.CountAsync());
        var response = await client.PostAsJsonAsync($"/api/v1/learners/{learner}/positionnements",
            new { level = 9, observedOn = "2030-01-01", evidence = new[] { Guid.NewGuid() } });
        var problem = await JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "elementId", "level", "observedOn", "evidence" }, fields);
        Assert.Contains("elementId", fields);
        Assert.Equal(before, await app.WithDbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task A_referent_write_token_imports_a_clean_csv_all_or_nothing()
    {
        var client = await app.ClientAsync(Accounts.Coordinator);
        var cohort = await app.OwnCohortAsync();
        var good = "Nom;Prénom;Date de naissance;E-mail;Classe\nAPI;Camille;12/03/2007;camille.api@example.org;MCSNO-API\nAPI;Noé;01/10/2006;noe.api@example.org;MCSNO-API\n";
        var response = await client.PostAsync($"/api/v1/cohorts/{cohort}/learner-imports?sendInvitations=false", new StringContent(good, Encoding.UTF8, "text/csv"));
        var imported = await JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal(2, imported.GetProperty("learners").GetInt32());
        Assert.Equal(2, await app.WithDbAsync(db => db.CohortMembers.CountAsync(m => m.CohortId == cohort
            && db.Users.Any(u => u.Id == m.PersonId && (u.Email == "camille.api@example.org" || u.Email == "noe.api@example.org")))));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "people.imported" && a.Details!.Contains(cohort.ToString()))));

        // One bad line (an address already taken) and nothing of the file is kept.
        var bad = $"Nom;Prénom;Date de naissance;E-mail\nAPI;Léa;12/03/2007;lea.api@example.org\nAPI;Eva;12/03/2007;{Accounts.Learner}\n";
        var refused = await client.PostAsync($"/api/v1/cohorts/{cohort}/learner-imports", new StringContent(bad, Encoding.UTF8, "text/csv"));
        var problem = await JsonAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("appartient déjà", problem.GetProperty("errors").GetProperty("line3")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "lea.api@example.org")));
    }

    [Fact]
    public async Task Paging_out_of_bounds_gets_400_naming_the_parameter()
    {
        var client = await app.ClientAsync(Accounts.Teacher, write: false);
        var problem = await JsonAsync(await client.GetAsync("/api/v1/cohorts?page=0&pageSize=1000"), HttpStatusCode.BadRequest);
        Assert.Equal(["page", "pageSize"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
    }
}
