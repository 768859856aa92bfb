using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Bench;

/// <summary>A benchmark: a data generator and the pages to time, signed in as one account.</summary>
public sealed record Scenario(string Name, Func<BenchApp, string, Task<ScenarioContext>> GenerateAsync);

public sealed record ScenarioContext(string Email, string Description, IReadOnlyList<(string Label, string Url)> Pages);

public static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("foundation", Foundation),
    ];

    /// <summary>People and cohorts: a whole establishment (realistic: 10 cohorts × 30 learners; large: 100 × 30).</summary>
    private static async Task<ScenarioContext> Foundation(BenchApp app, string scale)
    {
        var cohorts = scale == "large" ? 100 : 10;
        Guid cohortId = default, frameworkId = default;
        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            cohortId = demo.Id;
            frameworkId = demo.FrameworkId;
            await Generator.CohortsAsync(db, demo.EstablishmentId, demo.FrameworkId, cohorts, learnersPerCohort: 30);
        });
        return new ScenarioContext(Accounts.Coordinator, $"{cohorts} extra cohorts × 30 learners",
        [
            ("référentiel tree (/referentiel/{id})", $"/referentiel/{frameworkId}"),
            ("référentiel search (?q=sécurité)", $"/referentiel/{frameworkId}?q=s%C3%A9curit%C3%A9"),
            ("people list (/personnes)", "/personnes"),
            ("cohort page (/promotions/{id})", $"/promotions/{cohortId}"),
            ("home page of a référent", "/"),
        ]);
    }
}

public static class Accounts
{
    public const string Coordinator = $"referent@{DemoSeeder.Domain}";
    public const string Teacher = $"prof.eco@{DemoSeeder.Domain}";
    public const string Learner = $"apprenant01@{DemoSeeder.Domain}";
}
