using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Exports;
using Sillage.Web.Tests.Pages.Exports;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>Open Badges follow the CCF jury's decision (<see cref="Sillage.Domain.Certification.BlockValidation"/>): a
/// favourable decision gives the badge of each bloc of the épreuves; a later unfavourable decision takes them back.</summary>
public sealed class CcfBadgeTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task A_favourable_CCF_decision_gives_each_blocs_badge_and_a_later_unfavourable_one_takes_them_back()
    {
        var email = DemoSeeder.LearnerEmail(6);
        var learnerId = await CcfGradingData.GradedAsync(app, email, 12m);
        await CcfGradingData.GivePlacementAsync(app, learnerId);
        await CcfGradingData.ExamMarksAsync(app, learnerId, 12m);
        var learner = await app.SignInAsync(email);
        var blocks = await app.WithDbAsync(db => db.FrameworkElements.Where(e => e.Kind == ElementKind.Block
                && db.Cohorts.Any(c => c.Name == DemoSeeder.CohortName && c.FrameworkId == e.FrameworkId)).Select(e => e.Code).ToListAsync());
        Assert.Empty(await BadgesAsync(learner));

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/certification/ccf/jury/{learnerId}");
        page = await referent.SubmitAndFollowAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.Passed) });
        var badges = await BadgesAsync(learner);
        Assert.Equal(blocks.Select(ExportJob.Slug).Order(), badges.Keys.Order());
        Assert.All(badges.Values, b => Assert.Contains("jury du contrôle en cours de formation", (string)b["credentialSubject"]!["achievement"]!["criteria"]!["narrative"]!, StringComparison.Ordinal));

        // The jury reconsiders: not passed, with a reason. The badges are no longer issued.
        await referent.SubmitAndFollowAsync(page, "#decide-form", new() { ["Decision.Outcome"] = nameof(CcfOutcome.NotPassed), ["Decision.Reason"] = "Fraude constatée après délibération." });
        Assert.Equal(CcfOutcome.NotPassed, await app.WithDbAsync(db => db.CcfJuryDecisions.Where(d => d.LearnerId == learnerId).Select(d => d.Outcome).SingleAsync()));
        Assert.Empty(await BadgesAsync(learner));
    }

    /// <summary>The learner's badges export: bloc slug → credential.</summary>
    private async Task<Dictionary<string, JsonNode>> BadgesAsync(HttpClient learner)
    {
        using var archive = new ZipArchive(new MemoryStream(await app.ExportAsync(learner, "Badges")));
        var badges = new Dictionary<string, JsonNode>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("badges/", StringComparison.Ordinal) && e.FullName.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            badges[entry.FullName["badges/".Length..^".json".Length]] = JsonNode.Parse(await reader.ReadToEndAsync())!;
        }

        return badges;
    }
}
