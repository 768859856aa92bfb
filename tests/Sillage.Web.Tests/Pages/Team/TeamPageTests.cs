using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Domain.Team;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Team;

/// <summary>The team page of a cohort: the demo's sharing read at a glance, the référent's one form, stale forms and
/// archived cohorts refused, and who never reaches it. Tests that save work on a cohort of their own.</summary>
public sealed class TeamPageTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static string Url(Guid cohort) => $"/promotions/{cohort}/equipe";

    private Task<Guid> DemoCohortAsync() => app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    /// <summary>A cohort of the first establishment taught by the demo's économie-gestion and English teachers (the STS
    /// subject "ANGLAIS" on the second), with no share yet.</summary>
    private Task<Guid> NewCohortAsync(bool archived = false) => app.WithDbAsync(async db =>
    {
        var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
        var cohort = new Cohort { Name = "Équipe " + Guid.NewGuid().ToString("N")[..8], SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = demo.FrameworkId, CreatedAt = DateTime.UtcNow, Archived = archived };
        db.Cohorts.Add(cohort);
        foreach (var (email, subject) in new[] { (Accounts.Teacher, (string?)null), ($"prof.anglais@{DemoSeeder.Domain}", "ANGLAIS") })
        {
            var teacher = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = teacher, Role = CohortRole.Teacher, Subject = subject, JoinedAt = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
        return cohort.Id;
    });

    private Task<string> SharesAsync(Guid cohort) => app.WithDbAsync(async db =>
        string.Join(",", (await db.TeachingShares.Where(s => s.CohortId == cohort)
                .Join(db.Users, s => s.TeacherId, u => u.Id, (s, u) => u.Email + ":" + s.CompetenceCode).ToListAsync())
            .Order(StringComparer.Ordinal))
        + ";" + string.Join(",", (await db.CohortMembers.Where(m => m.CohortId == cohort).Select(m => new { m.PersonId, m.Discipline }).ToListAsync()).Select(m => $"{m.PersonId}:{m.Discipline}").Order(StringComparer.Ordinal)));

    private static string Gaps(Page page) => page.Find("#team-gaps .badge")!.TextContent.Trim();

    [Fact]
    public async Task The_demo_team_shows_its_gap_its_overlap_and_the_english_teachers_share()
    {
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync(Url(await DemoCohortAsync()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("1", Gaps(page));
        Assert.Contains("C3.3", page.Find("#team-gaps")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.Find("#team-overlaps .badge")!.TextContent.Trim());
        Assert.Contains("C2.1", page.Find("#team-overlaps")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.FindAll("#team-summary li"), li => li.TextContent.Contains("(Anglais) : C3.2", StringComparison.Ordinal));
        Assert.Contains("sans enseignant", page.Find("#row-C3-3")!.TextContent, StringComparison.Ordinal);
        // A teacher reads the team; the référent shares it out.
        Assert.Null(page.Find("form#team-form"));
        Assert.Empty(page.FindAll("#team-grid input"));
    }

    [Fact]
    public async Task The_cohort_page_and_the_home_page_link_to_the_team_with_its_gap_count()
    {
        var cohort = await DemoCohortAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);

        var detail = await coordinator.GetPageAsync($"/promotions/{cohort}");
        Assert.Equal(Url(cohort), detail.Find("#team-link")!.GetAttribute("href"));
        Assert.Contains("1 compétence(s) sans enseignant", detail.Find("#team-link")!.TextContent, StringComparison.Ordinal);
        var home = await (await app.SignInAsync(Accounts.Teacher)).GetPageAsync("/");
        Assert.Contains(home.FindAll("a.team-link"), a => a.GetAttribute("href") == Url(cohort) && a.TextContent.Contains("1 compétence(s) sans enseignant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_coordinator_shares_blocs_and_competences_and_the_gaps_go_down()
    {
        var cohort = await NewCohortAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url(cohort));
        Assert.Equal("9", Gaps(page));
        // Teachers are in name order: Thomas Bernard (économie-gestion), Laura Petit (English, proposed from STS).
        Assert.Equal(nameof(Discipline.English), page.Find("#discipline-1 option[selected]")?.GetAttribute("value"));

        var saved = await coordinator.SubmitAndFollowAsync(page, "form#team-form", new()
        {
            ["Input.Teachers[0].Discipline"] = nameof(Discipline.EconomicsAndManagement),
            ["Input.Teachers[0].Blocks"] = "B1",
            ["Input.Teachers[1].Competences"] = "C3.2",
        });

        Assert.Contains("Équipe pédagogique enregistrée.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("5", Gaps(saved));
        var shares = await SharesAsync(cohort);
        Assert.StartsWith($"prof.anglais@{DemoSeeder.Domain}:C3.2,{Accounts.Teacher}:C1.1,{Accounts.Teacher}:C1.2,{Accounts.Teacher}:C1.3;", shares, StringComparison.Ordinal);
        Assert.Contains(":EconomicsAndManagement", shares, StringComparison.Ordinal);
        Assert.Contains(":English", shares, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_french_message_and_nothing_is_saved()
    {
        var cohort = await NewCohortAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var first = await coordinator.GetPageAsync(Url(cohort));
        var second = await coordinator.GetPageAsync(Url(cohort));
        await coordinator.SubmitAndFollowAsync(first, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C1.1" });
        var before = await SharesAsync(cohort);

        var answer = await (await coordinator.SubmitAsync(second, "form#team-form", new() { ["Input.Teachers[1].Competences"] = "C3.3" })).ToPageAsync();

        Assert.Contains(answer.Errors(), e => e.Contains("modifiée par quelqu'un d'autre entre-temps", StringComparison.Ordinal));
        Assert.Equal(before, await SharesAsync(cohort));
    }

    [Fact]
    public async Task Of_two_forms_sent_at_once_from_the_same_version_one_saves_and_the_other_is_refused()
    {
        var cohort = await NewCohortAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url(cohort));

        var answers = await Task.WhenAll(
            coordinator.SubmitAsync(page, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C1.1" }),
            coordinator.SubmitAsync(page, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C2.2" }));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var shares = await SharesAsync(cohort);
        Assert.True(shares.StartsWith($"{Accounts.Teacher}:C1.1;", StringComparison.Ordinal) ^ shares.StartsWith($"{Accounts.Teacher}:C2.2;", StringComparison.Ordinal), shares);
    }

    [Theory]
    [InlineData("Input.Teachers[0].Competences", "C9.9")]
    [InlineData("Input.Teachers[0].Blocks", "B9")]
    [InlineData("Input.Teachers[0].Discipline", "42")]
    public async Task A_code_or_discipline_outside_the_framework_is_refused(string field, string value)
    {
        var cohort = await NewCohortAsync();
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url(cohort));
        var before = await SharesAsync(cohort);

        var answer = await coordinator.SubmitAsync(page, "form#team-form", new() { [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(before, await SharesAsync(cohort));
    }

    [Fact]
    public async Task An_archived_cohorts_team_is_read_only()
    {
        var open = await NewCohortAsync();
        var archived = await NewCohortAsync(archived: true);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync(Url(archived));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Find("form#team-form"));
        Assert.Contains("Promotion archivée", page.Text, StringComparison.Ordinal);

        // The form of an open cohort's page, sent to the archived one.
        var before = await SharesAsync(archived);
        var form = await coordinator.GetPageAsync(Url(open));
        var (_, fields, _) = Html.FormFields(form, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C1.1" });
        var answer = await coordinator.PostAsync(Url(archived), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(before, await SharesAsync(archived));
    }

    [Theory]
    [InlineData(Accounts.Learner, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Tutor, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Jury, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Other.Coordinator, HttpStatusCode.NotFound)]
    [InlineData(Accounts.Other.Teacher, HttpStatusCode.NotFound)]
    public async Task Learners_tutors_jury_and_the_other_establishment_never_reach_the_team(string account, HttpStatusCode expected)
    {
        var client = await app.SignInAsync(account);
        Assert.Equal(expected, (await client.GetAsync(Url(await DemoCohortAsync()))).StatusCode);
    }

    [Fact]
    public async Task A_teacher_of_another_cohort_does_not_see_it_and_a_teacher_cannot_save()
    {
        var cohort = await NewCohortAsync();
        var gestion = await app.SignInAsync($"prof.gestion@{DemoSeeder.Domain}");
        Assert.Equal(HttpStatusCode.NotFound, (await gestion.GetAsync(Url(cohort))).StatusCode);

        var coordinatorPage = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync(Url(cohort));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        // The teacher's team page has no form: their antiforgery token comes from their account page.
        var token = (await teacher.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (_, fields, _) = Html.FormFields(coordinatorPage, "form#team-form", new() { ["Input.Teachers[0].Competences"] = "C1.1" });
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
        fields.Add(new("__RequestVerificationToken", token));

        var before = await SharesAsync(cohort);
        var answer = await teacher.PostAsync(Url(cohort), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(before, await SharesAsync(cohort));
    }
}
