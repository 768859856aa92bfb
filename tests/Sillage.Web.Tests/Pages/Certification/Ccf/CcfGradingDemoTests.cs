using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification.Ccf;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>The demo's finished CCF (<see cref="CcfGradingDemo"/>) exists in both establishments, each for its own
/// learner and read only by its own team.</summary>
public sealed class CcfGradingDemoTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Theory]
    [InlineData(DemoSeeder.Domain, Accounts.Coordinator, Accounts.Other.Coordinator)]
    [InlineData(DemoSeeder.SecondDomain, Accounts.Other.Coordinator, Accounts.Coordinator)]
    public async Task Each_establishment_has_its_complete_record_that_the_other_cannot_read(string domain, string referent, string otherReferent)
    {
        var learner = await CcfTestData.UserAsync(app, DemoSeeder.LearnerEmail(CcfGradingDemo.LearnerIndex, domain));
        var establishment = await app.EstablishmentOfAsync(referent);
        Assert.Equal(5, await app.WithDbAsync(db => db.CcfGrids.CountAsync(g => g.FrozenAt != null && db.CcfCandidates.Any(c => c.Id == g.EvaluationId && c.LearnerId == learner
            && db.CcfSittings.Any(s => s.Id == c.SittingId && db.Cohorts.Any(k => k.Id == s.CohortId && k.EstablishmentId == establishment))))));
        Assert.Equal(3, await app.WithDbAsync(db => db.CcfExamResults.CountAsync(r => r.LearnerId == learner)));

        var page = await (await app.SignInAsync(referent)).GetPageAsync($"/certification/ccf/jury/{learner}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("/20", page.Find("#average")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("#decide-form"));

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(otherReferent)).GetAsync($"/certification/ccf/jury/{learner}")).StatusCode);
    }
}
