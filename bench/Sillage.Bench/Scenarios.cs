using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Bench;

/// <summary>A benchmark: a data generator and the pages to time, signed in as one account.</summary>
public sealed record Scenario(string Name, Func<BenchApp, string, Task<ScenarioContext>> GenerateAsync);

public sealed record ScenarioContext(string Email, string Description, IReadOnlyList<(string Label, string Url)> Pages,
    Func<BenchApp, HttpClient, HttpClient, Task>? Measure = null);

public static class Scenarios
{
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("foundation", Foundation),
        new("suivi", Suivi),
        new("portfolio", Portfolio),
        new("portfolio-teacher", PortfolioTeacher),
        new("certification", (app, scale) => CertificationScenario.RunAsync(app, scale, FillPortfolioAsync)),
        new("exports", ExportScenario.GenerateAsync),
        new("school-imports", SchoolImportScenario.GenerateAsync),
    ];

    /// <summary>
    /// The class heatmap and a learner dashboard on a cohort of 30 learners with 2,000 positionnements
    /// (several assessors, corrections). Scale "national" adds 1,000 other cohorts of the same size (2 million
    /// events) to check that one cohort's pages do not slow down with the size of the platform.
    /// </summary>
    private static async Task<ScenarioContext> Suivi(BenchApp app, string scale)
    {
        var others = scale == "national" ? 1000 : 0;
        Guid cohortId = default, learnerId = default;
        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            cohortId = demo.Id;
            await Generator.FillCohortAsync(db, demo, learners: 30, events: 2000, seed: 1);
            await PortfolioGenerator.FillAsync(db, demo.Id, learners: 30, tracesPerLearner: 300);
            learnerId = await db.CohortMembers.Where(m => m.CohortId == demo.Id && m.Role == CohortRole.Learner).Select(m => m.PersonId).FirstAsync();
            for (var c = 0; c < others; c++)
            {
                var cohort = new Cohort { Name = $"Promotion nationale {c:0000}", SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = demo.FrameworkId, CreatedAt = DateTime.UtcNow };
                db.Cohorts.Add(cohort);
                await db.SaveChangesAsync();
                await Generator.FillCohortAsync(db, cohort, learners: 30, events: 2000, seed: c + 2);
                if (c % 100 == 99)
                {
                    Console.WriteLine($"  … {c + 1} cohorts generated");
                }
            }
        });
        return new ScenarioContext(Accounts.Teacher, $"cohort of 30 learners × 300 traces × 2,000 events; {others} other cohorts of 30 learners × 2,000 events",
        [
            ("class heatmap (/suivi/promotions/{id})", $"/suivi/promotions/{cohortId}"),
            ("heatmap drill-down (?competence=C2.3)", $"/suivi/promotions/{cohortId}?competence=C2.3"),
            ("learner dashboard (/suivi/apprenants/{id})", $"/suivi/apprenants/{learnerId}"),
        ], (bench, teacher, _) => HeatmapBaselineAsync(bench, teacher, cohortId));
    }

    /// <summary>
    /// Issue 16's yardstick for the heatmap: a hand-written SQL aggregate that computes the same table from the events
    /// (per learner and element: the level of the latest positionnement no other corrects, the number of positionnements
    /// and of live traces linked), read to the end with ADO.NET and nothing else. It alternates with the page itself, so
    /// that both are timed in the same minutes, and the ratio of the medians is printed.
    /// </summary>
    private static async Task HeatmapBaselineAsync(BenchApp app, HttpClient teacher, Guid cohortId, int iterations = 100)
    {
        const string sql = """
            WITH standing_levels AS (
                SELECT a."LearnerId", a."ElementId", a."Level",
                       ROW_NUMBER() OVER (PARTITION BY a."LearnerId", a."ElementId" ORDER BY a."ObservedOn" DESC, a."RecordedAt" DESC) AS "Rank"
                FROM "Assessments" AS a
                WHERE a."CohortId" = @cohort AND NOT EXISTS (SELECT 1 FROM "Assessments" AS c WHERE c."CorrectsId" = a."Id")
            ), event_counts AS (
                SELECT a."LearnerId", a."ElementId", COUNT(*) AS "Events" FROM "Assessments" AS a WHERE a."CohortId" = @cohort
                GROUP BY a."LearnerId", a."ElementId"
            ), trace_counts AS (
                SELECT t."LearnerId", l."ElementId", COUNT(*) AS "Traces"
                FROM "TraceCompetenceLinks" AS l
                INNER JOIN "Traces" AS t ON t."Id" = l."TraceId"
                WHERE t."DeletedAt" IS NULL
                  AND t."LearnerId" IN (SELECT m."PersonId" FROM "CohortMembers" AS m WHERE m."CohortId" = @cohort AND m."Role" = 1)
                GROUP BY t."LearnerId", l."ElementId"
            )
            SELECT e."LearnerId", e."ElementId", COALESCE(s."Level", 0), e."Events", COALESCE(x."Traces", 0)
            FROM event_counts AS e
            LEFT JOIN standing_levels AS s ON s."LearnerId" = e."LearnerId" AND s."ElementId" = e."ElementId" AND s."Rank" = 1
            LEFT JOIN trace_counts AS x ON x."LearnerId" = e."LearnerId" AND x."ElementId" = e."ElementId"
            """;
        var page = new List<double>(iterations);
        var baseline = new List<double>(iterations);
        var cells = 0;
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            for (var i = 0; i < iterations + 10; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = sql;
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@cohort";
                    parameter.Value = app.Provider == "SQLite" ? cohortId.ToString().ToUpperInvariant() : cohortId;
                    command.Parameters.Add(parameter);
                    await using var reader = await command.ExecuteReaderAsync();
                    cells = 0;
                    while (await reader.ReadAsync())
                    {
                        _ = (reader.GetGuid(0), reader.GetGuid(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
                        cells++;
                    }
                }

                var sqlTime = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                using var response = await teacher.GetAsync($"/suivi/promotions/{cohortId}");
                await response.Content.CopyToAsync(Stream.Null);
                if (i >= 10)
                {
                    baseline.Add(sqlTime);
                    page.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        });
        baseline.Sort();
        page.Sort();
        double Median(List<double> times) => times[times.Count / 2];
        Console.WriteLine($"| hand-written SQL aggregate ({cells} cells)  | median {Median(baseline),7:0.0} ms | p95 {baseline[(int)(baseline.Count * 0.95)],7:0.0} ms |");
        Console.WriteLine($"| class heatmap, alternating with it      | median {Median(page),7:0.0} ms | p95 {page[(int)(page.Count * 0.95)],7:0.0} ms |");
        Console.WriteLine($"heatmap ÷ SQL aggregate (medians): {Median(page) / Median(baseline):0.00}");
    }


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
    public const string OtherLearner = $"apprenant02@{DemoSeeder.Domain}";
}
