using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;

namespace Sillage.Web.Tests.Data;

/// <summary>
/// The test databases hold two complete establishments (issue 13, "the systematic proof"): each has every kind of
/// data, its own people and links, and the second one only exists when <see cref="DemoSeeder.SecondEstablishmentSetting"/> is on.
/// </summary>
public sealed class TwoEstablishmentsTests(SillageApp app) : IClassFixture<SillageApp>
{
    public static TheoryData<string> Domains => new() { DemoSeeder.Domain, DemoSeeder.SecondDomain };

    [Theory]
    [MemberData(nameof(Domains))]
    public async Task Each_establishment_has_every_kind_of_data(string domain)
    {
        var counts = await app.WithDbAsync(async db =>
        {
            var establishment = await db.Users.Where(u => u.Email == $"referent@{domain}").Select(u => u.EstablishmentId).SingleAsync();
            var people = db.Users.Where(u => u.EstablishmentId == establishment).Select(u => u.Id);
            // The current school year's cohort: the first establishment also keeps a past, archived one (the follow-up's demo).
            var cohorts = db.Cohorts.Where(c => c.EstablishmentId == establishment && !c.Archived).Select(c => c.Id);
            var sessions = db.ExamSessions.Where(s => cohorts.Contains(s.CohortId)).Select(s => s.Id);
            return new Dictionary<string, int>
            {
                ["learners"] = await db.CohortMembers.CountAsync(m => cohorts.Contains(m.CohortId) && m.Role == CohortRole.Learner),
                ["teachers"] = await db.CohortMembers.CountAsync(m => cohorts.Contains(m.CohortId) && m.Role == CohortRole.Teacher),
                ["cohorts"] = await cohorts.CountAsync(),
                ["groups"] = await db.Groups.CountAsync(g => cohorts.Contains(g.CohortId)),
                ["traces"] = await db.Traces.CountAsync(t => people.Contains(t.LearnerId)),
                ["attachments"] = await db.Attachments.CountAsync(a => db.Traces.Any(t => t.Id == a.TraceId && people.Contains(t.LearnerId))),
                ["feedback"] = await db.FeedbackComments.CountAsync(c => people.Contains(c.AuthorId)),
                ["assessments"] = await db.Assessments.CountAsync(a => cohorts.Contains(a.CohortId)),
                ["interviews"] = await db.Interviews.CountAsync(i => cohorts.Contains(i.CohortId)),
                ["hosts"] = await db.HostOrganisations.CountAsync(h => h.EstablishmentId == establishment),
                ["periods"] = await db.PfmpPeriods.CountAsync(p => cohorts.Contains(p.CohortId)),
                ["tutors"] = await db.HostContacts.CountAsync(c => c.UserId != null && people.Contains(c.UserId.Value)),
                ["organisations"] = await db.Organisations.CountAsync(o => o.EstablishmentId == establishment),
                ["situations"] = await db.Situations.CountAsync(s => s.EstablishmentId == establishment),
                ["assignments"] = await db.SituationAssignments.CountAsync(a => cohorts.Contains(a.CohortId)),
                ["resources"] = await db.Resources.CountAsync(r => r.EstablishmentId == establishment),
                ["plans"] = await db.TrainingPlans.CountAsync(p => cohorts.Contains(p.CohortId)),
                ["holidays"] = await db.SchoolHolidays.CountAsync(h => h.EstablishmentId == establishment),
                ["dossiers"] = await db.CertificationDossiers.CountAsync(d => cohorts.Contains(d.CohortId)),
                ["sessions"] = await sessions.CountAsync(),
                ["share links"] = await db.ShareLinks.CountAsync(l => people.Contains(l.OwnerId)),
                ["tutor links"] = await db.TutorLinks.CountAsync(l => people.Contains(l.TutorId)),
                ["jury links"] = await db.JuryLinks.CountAsync(l => sessions.Contains(l.SessionId)),
            };
        });

        Assert.Equal(12, counts["learners"]);
        Assert.Equal(3, counts["teachers"]);
        Assert.Equal(1, counts["cohorts"]);
        Assert.Equal(2, counts["groups"]);
        Assert.Equal(6, counts["hosts"]);
        Assert.Equal(6, counts["tutors"]); // with the apprentice's maître d'apprentissage (#20)
        Assert.Equal(1, counts["sessions"]);
        Assert.Equal(1, counts["share links"]);
        Assert.Equal(1, counts["tutor links"]);
        Assert.Equal(1, counts["jury links"]);
        Assert.All(counts, c => Assert.True(c.Value > 0, $"{domain}: no {c.Key}"));
    }

    [Fact]
    public async Task The_two_establishments_have_different_people_and_one_administrator()
    {
        var people = await app.WithDbAsync(db => db.Users.Select(u => new { u.Email, Name = u.FirstName + " " + u.LastName, u.EstablishmentId }).ToListAsync());
        Assert.Equal(2, people.Select(p => p.EstablishmentId).Distinct().Count());
        var first = people.Where(p => p.Email!.EndsWith("@" + DemoSeeder.Domain, StringComparison.Ordinal)).Select(p => p.Name).ToHashSet();
        var second = people.Where(p => p.Email!.EndsWith("@" + DemoSeeder.SecondDomain, StringComparison.Ordinal)).Select(p => p.Name).ToList();
        Assert.Equal(19, second.Count); // 12 learners, 3 teachers, référent, tutor, jury, direction
        Assert.DoesNotContain(second, first.Contains);
        Assert.DoesNotContain($"admin@{DemoSeeder.SecondDomain}", people.Select(p => p.Email));
        var uais = await app.WithDbAsync(db => db.Establishments.Select(e => e.Uai).ToListAsync());
        Assert.Equal(2, uais.Where(Uai.IsValid).Distinct().Count());
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.Tutor)]
    [InlineData(Roles.Jury)]
    public async Task Every_account_of_the_second_establishment_signs_in(string role)
    {
        var client = await app.SignInAsync(Accounts.Other.ByRole[role]);
        Assert.True((await client.GetAsync("/")).StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public async Task Each_establishment_s_seeded_links_open_its_own_data(string domain)
    {
        var other = domain == DemoSeeder.Domain ? DemoSeeder.SecondDomain : DemoSeeder.Domain;
        var names = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.LearnerEmail(0, domain) || u.Email == DemoSeeder.LearnerEmail(2, domain)
                || u.Email == DemoSeeder.LearnerEmail(0, other) || u.Email == DemoSeeder.LearnerEmail(2, other))
            .ToDictionaryAsync(u => u.Email!, u => u.FirstName + " " + u.LastName));

        var share = await app.Anonymous().GetPageAsync(DemoLinks.Share(domain));
        Assert.Equal(HttpStatusCode.OK, share.Status);
        Assert.Contains(names[DemoSeeder.LearnerEmail(0, domain)], share.Text, StringComparison.Ordinal);

        var tutor = await OpenAsync(DemoLinks.Tutor(domain), "/tuteur");
        var space = await tutor.GetPageAsync("/tuteur");
        Assert.Contains(names[DemoSeeder.LearnerEmail(2, domain)], space.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(names[DemoSeeder.LearnerEmail(2, other)], space.Text, StringComparison.Ordinal);

        var jury = await OpenAsync(DemoLinks.Jury(domain), "/jury");
        var sessions = await jury.GetPageAsync("/jury");
        var (own, others) = domain == DemoSeeder.Domain
            ? (CertificationDemo.SessionTitle, CertificationDemo.SecondSessionTitle)
            : (CertificationDemo.SecondSessionTitle, CertificationDemo.SessionTitle);
        Assert.Contains(own, sessions.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(others, sessions.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_the_demo_has_one_establishment()
    {
        await using var parent = new SillageApp();
        await using var single = parent.WithWebHostBuilder(b => b.UseSetting(DemoSeeder.SecondEstablishmentSetting, "false"));
        await using var scope = single.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        Assert.Equal("0999001W", Assert.Single(await db.Establishments.Select(e => e.Uai).ToListAsync()));
        var login = await single.CreateClient().GetPageAsync("/connexion");
        Assert.DoesNotContain(DemoSeeder.SecondDomain, login.Text, StringComparison.Ordinal);
        Assert.Contains(Accounts.Coordinator, login.Text, StringComparison.Ordinal);
    }

    private async Task<HttpClient> OpenAsync(string link, string home)
    {
        var client = app.Anonymous();
        var page = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var response = await client.SubmitAsync(page, "main form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location!.OriginalString);
        return client;
    }
}
