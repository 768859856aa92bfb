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
        new("portfolio", Portfolio),
        new("portfolio-teacher", PortfolioTeacher),
    ];

    /// <summary>Dossiers: 30 learners × 300 traces (the demo cohort filled up), timed as a learner (issue 3:
    /// list and trace page ≤ 20 ms median, search ≤ 50 ms on SQLite).</summary>
    private static async Task<ScenarioContext> Portfolio(BenchApp app, string scale)
    {
        var (learner, trace) = await FillPortfolioAsync(app, scale);
        return new ScenarioContext(Accounts.Learner, $"30 learners × {TracesPerLearner(scale)} traces", [
            ("dossier list (/dossier)", "/dossier"),
            ("dossier list, page 10", "/dossier?page=10"),
            ("dossier filtered (competence + kind)", $"/dossier?type=ActivityReport&contexte=Pfmp&competence={await FirstCompetenceAsync(app)}"),
            ("trace page (/dossier/traces/{id})", $"/dossier/traces/{trace}"),
            ("search (?q=sécurité)", "/dossier?q=s%C3%A9curit%C3%A9"),
            ("search, two words (?q=habilitations matrice)", "/dossier?q=habilitations%20matrice"),
            ("search, prefix (?q=hame)", "/dossier?q=hame"),
            ("competences coverage", "/dossier/competences"),
            ("versions of a trace", $"/dossier/traces/{trace}/versions"),
        ]);
    }

    /// <summary>The same data, timed as a teacher of the cohort (queue and a learner's dossier).</summary>
    private static async Task<ScenarioContext> PortfolioTeacher(BenchApp app, string scale)
    {
        var (learner, trace) = await FillPortfolioAsync(app, scale);
        return new ScenarioContext(Accounts.Teacher, $"30 learners × {TracesPerLearner(scale)} traces", [
            ("feedback queue (/retours)", "/retours"),
            ("learners' dossiers (/dossier)", "/dossier"),
            ("a learner's dossier", $"/dossier/{learner}"),
            ("a trace page", $"/dossier/traces/{trace}"),
        ]);
    }

    private static int TracesPerLearner(string scale) => scale == "large" ? 1000 : 300;

    private static async Task<(Guid Learner, Guid Trace)> FillPortfolioAsync(BenchApp app, string scale)
    {
        (Guid, Guid) result = default;
        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            result = await PortfolioGenerator.FillAsync(db, demo.Id, learners: 30, TracesPerLearner(scale));
        });
        return result;
    }

    private static async Task<Guid> FirstCompetenceAsync(BenchApp app)
    {
        Guid id = default;
        await app.WithDbAsync(async db => id = await db.FrameworkElements.Where(e => e.Code == "C2.3").Select(e => e.Id).FirstAsync());
        return id;
    }

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
