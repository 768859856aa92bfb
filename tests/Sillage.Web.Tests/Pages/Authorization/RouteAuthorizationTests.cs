using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Authorization;

public sealed class RouteAuthorizationFixture : SillageApp, IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public IReadOnlyDictionary<string, string> Placeholders { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Placeholders = await WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var learner = await db.Users.SingleAsync(u => u.Email == Accounts.Learner);
            var organisation = await db.Organisations.SingleAsync(o => o.Code == "vosreves");
            var competence = await db.FrameworkElements.SingleAsync(e => e.FrameworkId == cohort.FrameworkId && e.Code == "C2.3");
            var interview = await db.Interviews.FirstOrDefaultAsync(i => i.LearnerId == learner.Id);
            if (interview is null)
            {
                var teacher = await db.Users.SingleAsync(u => u.Email == Accounts.Teacher);
                interview = new Sillage.Domain.Suivi.Interview { LearnerId = learner.Id, CohortId = cohort.Id, AuthorId = teacher.Id, HeldOn = new DateOnly(2026, 11, 10), Strengths = "Rigueur" };
                db.Interviews.Add(interview);
                await db.SaveChangesAsync();
            }
            var certification = await CertificationRoutes.ArrangeAsync(db, Services, learner.Id, cohort);
            var search = await PfmpSearchRoutes.ArrangeAsync(db, cohort.EstablishmentId, learner.Id, (await db.Users.SingleAsync(u => u.Email == Accounts.OtherLearner)).Id, Clock.GetUtcNow().UtcDateTime);
            var ccf = await CcfOrganiseRoutes.ArrangeAsync(db, learner.Id, cohort.Id);
            var attachment = await db.Attachments.Join(db.Traces.Where(t => t.LearnerId == learner.Id), a => a.TraceId, t => t.Id, (a, _) => a).FirstAsync();
            var situation = await db.Situations.SingleAsync(s => s.Code == "vosreves-situation-3");
            var mission = await db.Missions.Where(m => m.SituationId == situation.Id).OrderBy(m => m.SortOrder).FirstAsync();
            var ownSituation = await db.Situations.FirstAsync(s => s.EstablishmentId == cohort.EstablishmentId);
            var ownOrganisation = await db.Organisations.FirstAsync(o => o.EstablishmentId == cohort.EstablishmentId);
            var host = await db.HostOrganisations.SingleAsync(h => h.Name == "Cabinet Lemoine Conseil");
            var period = await db.PfmpPeriods.Where(p => p.LearnerId == learner.Id && p.TutorId != null).OrderBy(p => p.Start).FirstAsync();
            var classSession = await db.ClassSessions.Where(s => s.CohortId == cohort.Id && s.GroupId == null).OrderBy(s => s.Date).ThenBy(s => s.Start).FirstAsync();
            return new Dictionary<string, string>
            {
                ["{classsession}"] = classSession.Id.ToString(),
                ["{framework}"] = cohort.FrameworkId.ToString(),
                ["{cohort}"] = cohort.Id.ToString(),
                ["{learner}"] = learner.Id.ToString(),
                ["{organisation}"] = organisation.Id.ToString(),
                ["{competence}"] = competence.Id.ToString(),
                ["{interview}"] = interview.Id.ToString(),
                ["{activity}"] = (await db.ProcessingActivities.FirstAsync()).Id.ToString(),
                ["{trace}"] = attachment.TraceId.ToString(),
                ["{attachment}"] = attachment.Id.ToString(),
                ["{situation}"] = situation.Id.ToString(),
                ["{mission}"] = mission.Id.ToString(),
                ["{own-situation}"] = ownSituation.Id.ToString(),
                ["{own-organisation}"] = ownOrganisation.Id.ToString(),
                ["{host}"] = host.Id.ToString(),
                ["{partnership}"] = (await db.PartnershipActions.Where(a => a.EstablishmentId == cohort.EstablishmentId).OrderBy(a => a.Date).ThenBy(a => a.Id).FirstAsync()).Id.ToString(),
                ["{period}"] = period.Id.ToString(),
                ["{proposal}"] = search["hostproposal:Own"].ToString(),
                ["{frameworkdraft}"] = (await ReferentielRoutes.ArrangeAsync(db, cohort.EstablishmentId, Clock.GetUtcNow().UtcDateTime))["frameworkdraft:Own"].ToString(),
                ["{userrequest}"] = (await DeskRoutes.ArrangeAsync(db, cohort.Id, Guid.Empty, Clock.GetUtcNow().UtcDateTime))["userrequest:Own"].ToString(),
            }.Concat(certification).Concat(ccf).ToDictionary();
        });
        foreach (var (role, email) in Accounts.ByRole)
        {
            _clients[role] = await SignInAsync(email);
        }
    }

    public HttpClient ClientFor(string role) => _clients[role];

    public string Resolve(string route) => Placeholders.Aggregate(route, (r, p) => r.Replace(p.Key, p.Value, StringComparison.Ordinal));

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// For the pages of <see cref="RouteTable"/>: anonymous → the sign-in page, wrong role → exactly 403, right role →
/// exactly 200, public pages → their status. What the authorisation matrix (Matrix/AuthorizationMatrixTests) does
/// not check: it accepts any refusal (403, 404, a redirect) and lets an allowed GET answer 404, skips public pages
/// and the id-less forms of routes ("/dossier", "/ressources/editer"). Whether every page is listed, and who is
/// refused on whose resource (a teacher on a cohort they do not teach…), is the matrix's.
/// </summary>
public sealed class RouteAuthorizationTests(RouteAuthorizationFixture app) : IClassFixture<RouteAuthorizationFixture>
{
    public static TheoryData<string> ProtectedRoutes => new(RouteTable.Protected.Select(r => r.Route));

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string route)
    {
        var response = await app.Anonymous().GetAsync(app.Resolve(route));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Each_role_gets_the_page_or_a_403(string route)
    {
        var allowed = RouteTable.Protected.Single(r => r.Route == route).Roles;
        foreach (var role in Sillage.Web.Infrastructure.Auth.Roles.All)
        {
            var response = await app.ClientFor(role).GetAsync(app.Resolve(route));
            var expected = allowed.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role} on {route}: expected {(int)expected}, got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Public_pages_answer_anonymous_visitors()
    {
        foreach (var (route, status) in RouteTable.Public)
        {
            var response = await app.Anonymous().GetAsync(route);
            Assert.True(status == (int)response.StatusCode, $"{route}: expected {status}, got {(int)response.StatusCode}");
        }
    }
}
