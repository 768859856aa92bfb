using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data.Demo;

namespace Sillage.Bench;

/// <summary>
/// Data for the load benchmark (bench/load): the demo, or the demo cohort filled to the realistic scale (30 learners ×
/// 300 traces × 2,000 positionnements), written to a database that is kept; then the pages to load, one per line
/// (label, account, path) for the script that starts the published app on that database and drives wrk.
/// </summary>
public static class LoadData
{
    public static async Task<int> PrepareAsync(BenchOptions options)
    {
        using var app = new BenchApp(options.Postgres, options.Database ?? throw new ArgumentException("--prepare needs --database"));
        _ = app.Server;
        var pages = await GenerateAsync(app, options.Scale);
        await File.WriteAllLinesAsync(options.Prepare!, pages.Select(p => $"{p.Label}\t{p.Email}\t{p.Url}"));
        return 0;
    }

    /// <summary>Generates the data at the scale ("demo" adds nothing) and returns the pages with the account that opens each.</summary>
    public static async Task<IReadOnlyList<(string Label, string Email, string Url)>> GenerateAsync(BenchApp app, string scale)
    {
        Guid cohortId = default, learnerId = default, traceId = default;
        await app.WithDbAsync(async db =>
        {
            var demo = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            cohortId = demo.Id;
            if (scale == "realistic")
            {
                await Generator.FillCohortAsync(db, demo, learners: 30, events: 2000, seed: 1);
                await PortfolioGenerator.FillAsync(db, demo.Id, learners: 30, tracesPerLearner: 300);
            }

            learnerId = await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.Id).SingleAsync();
            traceId = await db.Traces.Where(t => t.LearnerId == learnerId).OrderByDescending(t => t.UpdatedAt).Select(t => t.Id).FirstAsync();
            var learners = await db.CohortMembers.CountAsync(m => m.CohortId == demo.Id && m.Role == CohortRole.Learner);
            var traces = await db.Traces.CountAsync(t => t.LearnerId == learnerId);
            Console.WriteLine($"{scale}: cohort of {learners} learners; {Accounts.Learner} has {traces} traces");
        });

        return
        [
            ("learner's dossier list", Accounts.Learner, "/dossier"),
            ("learner home", Accounts.Learner, "/"),
            ("trace page", Accounts.Learner, $"/dossier/traces/{traceId}"),
            ("competence page", Accounts.Learner, "/dossier/competences"),
            ("search (?q=securite)", Accounts.Learner, "/dossier?q=s%C3%A9curit%C3%A9"),
            ("teacher home", Accounts.Teacher, "/"),
            ("class heatmap", Accounts.Teacher, $"/suivi/promotions/{cohortId}"),
            ("heatmap drill-down (C2.3)", Accounts.Teacher, $"/suivi/promotions/{cohortId}?competence=C2.3"),
            ("learner dashboard (teacher view)", Accounts.Teacher, $"/suivi/apprenants/{learnerId}"),
            ("feedback queue", Accounts.Teacher, "/retours"),
        ];
    }
}
