using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Certification;
using Sillage.Web.Tests.Pages.Pfmp;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// The records the attack corpora work on, looked up in the demo data (or made through the pages) once per app,
/// and the addresses that name them: in "/dossier/traces/{trace}", {trace} is one of them; {id} is the first id
/// of <c>location</c>, where a form redirected to.
/// </summary>
public static partial class CorpusPlaces
{
    public static readonly string Learner = DemoSeeder.LearnerEmail(2);

    private static readonly ConditionalWeakTable<SillageApp, Dictionary<string, string>> Known = [];

    public static async Task<string> ResolveAsync(this SillageApp app, string template, string? location = null)
    {
        if (template == "{location}")
        {
            return location!;
        }

        var ids = await IdsAsync(app);
        return Placeholder().Replace(template, m => m.Groups[1].Value == "id" ? GuidPattern().Match(location ?? "").Value : ids[m.Groups[1].Value]);
    }

    private static async Task<Dictionary<string, string>> IdsAsync(SillageApp app)
    {
        if (Known.TryGetValue(app, out var known))
        {
            return known;
        }

        var learner = await app.SignInAsync(Learner);
        var ids = new Dictionary<string, string>
        {
            ["learner"] = (await app.UserIdAsync(Learner)).ToString(),
            ["element"] = (await app.ElementIdAsync("C2.3.2")).ToString(),
            ["period"] = (await app.PeriodAsync(0, skip: 1)).ToString(),
            ["tutorPeriod"] = (await app.PeriodAsync(0)).ToString(),
            ["juror"] = (await app.UserIdAsync(Accounts.Jury)).ToString(),
            ["trace"] = (await learner.CreateAsync("Trace du corpus")).ToString(),
        };
        await app.WithDbAsync(async db =>
        {
            ids["cohort"] = (await db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync()).ToString();
            ids["partner"] = (await db.HostOrganisations.OrderBy(h => h.Name).Select(h => h.Id).FirstAsync()).ToString();
            ids["candidate"] = (await db.ExamCandidates.Where(c => db.ExamSessions.Any(s => s.Id == c.SessionId && s.Title == CertificationDemo.SessionTitle)).Select(c => c.Id).FirstAsync()).ToString();
            ids["draftConvention"] = (await db.PfmpConventions.Where(c => c.Status == ConventionStatus.Draft || c.Status == ConventionStatus.Sent)
                .Join(db.PfmpPeriods, c => c.PeriodId, p => p.Id, (c, p) => p)
                .Where(p => db.Users.Any(u => u.Id == p.LearnerId && u.Email!.EndsWith("@" + DemoSeeder.Domain)))
                .OrderBy(p => p.Start).Select(p => p.Id).FirstAsync()).ToString();
            ids["register"] = (await db.ProcessingActivities.OrderBy(a => a.Name).Select(a => a.Id).FirstAsync()).ToString();
            ids["dossier"] = (await db.DossierSnapshots.Select(s => s.DossierId).FirstAsync()).ToString();
            ids["block"] = await db.FrameworkElements.Where(e => e.Kind == ElementKind.Block && db.Cohorts.Any(c => c.FrameworkId == e.FrameworkId)).OrderByDescending(e => e.Code).Select(e => e.Code).FirstAsync();
        });
        ids["openDossier"] = (await CertificationFlow.StartAsync(app, learner, Learner, ids["block"])).ToString();
        ids["organisation"] = await CreateAsync(app, Accounts.Coordinator, "/organisations/nouvelle", "#organisation-form", new() { ["Input.Name"] = "Organisation du corpus", ["Input.Kind"] = "Real" });
        ids["situation"] = await CreateAsync(app, Accounts.Teacher, "/situations/nouvelle", "#situation-form", new() { ["Input.Title"] = "Situation du corpus" });
        Known.AddOrUpdate(app, ids);
        return ids;
    }

    private static async Task<string> CreateAsync(SillageApp app, string account, string url, string form, Dictionary<string, string?> values)
    {
        var client = await app.SignInAsync(account);
        var response = await client.SubmitAsync(await client.GetPageAsync(url), form, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {string.Join(" | ", (await response.ToPageAsync()).Errors())}");
        return GuidPattern().Match(response.Headers.Location!.OriginalString).Value;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
