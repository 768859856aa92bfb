using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.People;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Performance;

/// <summary>
/// The CI guard of issue 16: each main page sends a fixed, small number of database commands, whatever the size of
/// the dossiers and the cohort (no query per row). Each page is counted on the demo, then again after its learner got
/// 30 more traces with competence links and staff feedback and its cohort 10 more learners: the counts must be equal
/// and within the page's budget. Timing is never asserted; the load benchmark (bench/load) measures it.
/// </summary>
public sealed class QueryCountTests(QueryCountTests.CountingApp app) : IClassFixture<QueryCountTests.CountingApp>
{
    /// <summary>The pages and their budgets: the commands each sends today (a change that adds one says so here).</summary>
    private static readonly (string Label, string Account, string Path, int Budget)[] Pages =
    [
        ("learner home", Accounts.Learner, "/", 7), // #19: the learner's partnership events
        ("learner's dossier list", Accounts.Learner, "/dossier", 8),
        ("dossier search", Accounts.Learner, "/dossier?q=site", 8),
        ("trace page", Accounts.Learner, "/dossier/traces/{trace}", 7),
        ("competence page", Accounts.Learner, "/dossier/competences", 5),
        ("teacher home", Accounts.Teacher, "/", 12), // #19: team gaps, the year's partnership events
        ("class heatmap", Accounts.Teacher, "/suivi/promotions/{cohort}", 8),
        ("learner dashboard (teacher view)", Accounts.Teacher, "/suivi/apprenants/{learner}", 21), // #19: attendance; #20: PFMP progress (2), projet card and Pix (3) — fold back under #16
        ("feedback queue", Accounts.Teacher, "/retours", 3),
        ("référent home", Accounts.Coordinator, "/", 14), // #19: team gaps, the year's partnership events
    ];

    [Fact]
    public async Task Each_main_page_sends_a_fixed_number_of_commands_whatever_the_data()
    {
        var (learner, cohort) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync(),
            await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync()));
        var clients = new Dictionary<string, HttpClient>();
        foreach (var account in Pages.Select(p => p.Account).Distinct())
        {
            clients[account] = await app.SignInAsync(account);
        }

        var trace = await app.WithDbAsync(db => db.Traces.Where(t => t.LearnerId == learner && t.DeletedAt == null).Select(t => t.Id).FirstAsync());
        string PathOf(string path) => path.Replace("{trace}", trace.ToString()).Replace("{cohort}", cohort.ToString()).Replace("{learner}", learner.ToString());
        var before = new Dictionary<string, int>();
        foreach (var page in Pages)
        {
            before[page.Label] = await app.CountAsync(clients[page.Account], PathOf(page.Path));
        }

        await GrowAsync(learner, cohort);
        var report = new List<string>();
        foreach (var page in Pages)
        {
            var after = await app.CountAsync(clients[page.Account], PathOf(page.Path));
            if (after != before[page.Label] || after > page.Budget)
            {
                report.Add($"{page.Label}: {before[page.Label]} commands on the demo, {after} with more data (budget {page.Budget})");
            }
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    /// <summary>30 more traces for the learner (each linked to two elements, with staff feedback) and 10 more learners
    /// in the cohort, each with a trace.</summary>
    private Task GrowAsync(Guid learner, Guid cohort) => app.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var target = await db.Cohorts.Where(c => c.Id == cohort).Select(c => new { c.EstablishmentId, c.FrameworkId }).SingleAsync();
        var (establishment, framework) = (target.EstablishmentId, target.FrameworkId);
        var elements = await db.FrameworkElements.Where(e => e.FrameworkId == framework && e.Kind == Sillage.Domain.Frameworks.ElementKind.DetailedCompetence)
            .Select(e => e.Id).Take(10).ToListAsync();
        var teacher = await db.Users.Where(u => u.Email == Accounts.Teacher).Select(u => u.Id).SingleAsync();
        var learners = new List<Guid> { learner };
        for (var i = 0; i < 10; i++)
        {
            var user = new Sillage.Web.Data.User
            {
                FirstName = "Compté", LastName = $"Apprenant {i:00}", Email = $"compte{i}@example.org", UserName = $"compte{i}@example.org", EstablishmentId = establishment,
            };
            db.Users.Add(user);
            db.CohortMembers.Add(new CohortMember { CohortId = cohort, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = now });
            learners.Add(user.Id);
        }

        foreach (var (person, index) in learners.SelectMany((p, i) => Enumerable.Range(0, p == learner ? 30 : 1).Select(t => (p, i * 100 + t))))
        {
            var (added, revision) = Trace.Create(person, new TraceContent($"Trace comptée {index}", TraceKind.ActivityReport, new DateOnly(2026, 11, 2),
                TraceContext.Formation, "VosRêves", "Texte de la trace comptée.", ""), now);
            db.Traces.Add(added);
            db.TraceRevisions.Add(revision);
            foreach (var element in elements.Skip(index % 5 * 2).Take(2))
            {
                db.TraceCompetenceLinks.Add(new TraceCompetenceLink { TraceId = added.Id, ElementId = element, Justification = "Preuve.", CreatedAt = now, UpdatedAt = now });
            }

            db.FeedbackComments.Add(new FeedbackComment { TraceId = added.Id, AuthorId = teacher, ByStaff = true, Body = "Bien vu.", TraceVersion = 1, CreatedAt = now });
        }

        await db.SaveChangesAsync();
    });

    /// <summary>The app with a command counter: each request that carries the header <see cref="Header"/> has its
    /// commands counted under the header's value.</summary>
    public sealed class CountingApp : SillageApp
    {
        public const string Header = "X-Sillage-Count";

        private readonly ConcurrentDictionary<string, StrongBox<int>> _counts = new();

        public async Task<int> CountAsync(HttpClient client, string path)
        {
            var key = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(Header, key);
            using var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return _counts.TryGetValue(key, out var count) ? count.Value : 0;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(sp => new Counter(sp.GetRequiredService<IHttpContextAccessor>(), _counts)));
        }

        private sealed class Counter(IHttpContextAccessor http, ConcurrentDictionary<string, StrongBox<int>> counts) : CommandCounter
        {
            protected override StrongBox<int>? Current() =>
                http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key ? counts.GetOrAdd(key, _ => new StrongBox<int>()) : null;
        }
    }
}
