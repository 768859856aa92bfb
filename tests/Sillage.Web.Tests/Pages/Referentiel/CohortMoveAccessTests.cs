using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>Who may compare versions and move a cohort, and that every reference to a framework element is handled by
/// the move. Nothing here moves the demo cohort.</summary>
public sealed class CohortMoveAccessTests(SillageApp app) : IClassFixture<SillageApp>
{
    /// <summary>Each test imports its own version 2 (nothing moves, so each is the same difference from 2020).</summary>
    private Task<CohortMoveData.V2> V2Async() => CohortMoveData.ImportAsync(app, "2027-" + Guid.NewGuid().ToString("N")[..6]);

    [Theory]
    [InlineData(Accounts.Teacher, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Learner, HttpStatusCode.Forbidden)]
    [InlineData(Accounts.Other.Coordinator, HttpStatusCode.NotFound)]
    public async Task Only_the_cohorts_referent_and_the_administrator_move_it(string account, HttpStatusCode expected)
    {
        var v2 = await V2Async();
        var url = $"/promotions/{v2.CohortId}/referentiel?version={v2.ToId}";
        var screen = await (await app.SignInAsync(Accounts.Coordinator)).GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, screen.Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(Accounts.Admin)).GetPageAsync(url)).Status);

        var client = await app.SignInAsync(account);
        Assert.Equal(expected, (await client.GetAsync(url)).StatusCode);
        var token = (await client.GetPageAsync("/compte")).Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (target, fields, _) = Html.FormFields(screen, "#move-form", new() { ["Confirm"] = "true", ["__RequestVerificationToken"] = token });
        var answer = await client.PostAsync(target, new FormUrlEncodedContent(fields));

        Assert.Equal(expected, answer.StatusCode);
        Assert.Equal(v2.FromId, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == v2.CohortId).Select(c => c.FrameworkId).SingleAsync()));
    }

    [Fact]
    public async Task The_comparison_shows_added_removed_and_renamed_elements_with_their_texts()
    {
        var v2 = await V2Async();
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var page = await teacher.GetPageAsync($"/referentiel/comparer?de={v2.FromId}&a={v2.ToId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("1 ajouté(s), 1 supprimé(s), 1 renommé(s), 0 déplacé(s)", page.Find("#diff-counts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.FindAll("ins"), i => i.TextContent.Contains("(texte révisé)", StringComparison.Ordinal));
        Assert.Contains(page.FindAll("tr"), r => r.TextContent.Contains(v2.Removed, StringComparison.Ordinal) && r.QuerySelector("del") is not null);
        Assert.Contains(page.FindAll("tr"), r => r.TextContent.Contains(v2.AddedUnder + "-CE1", StringComparison.Ordinal));

        var learner = await app.SignInAsync(Accounts.Learner);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/referentiel/comparer?de={v2.FromId}&a={v2.ToId}")).StatusCode);
    }

    [Fact]
    public async Task Every_reference_to_a_framework_element_in_the_model_is_handled_by_the_move()
    {
        var references = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType == typeof(FrameworkElement))
                .SelectMany(k => k.Properties.Select(p => (t.ClrType, p.Name))))
            // Element ids kept without a foreign key.
            .Concat(db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()
                .Where(p => p.ClrType == typeof(Guid) && p.GetContainingForeignKeys().All(k => k.PrincipalEntityType.ClrType == typeof(FrameworkElement))
                            && p.Name is "ElementId" or "BlockId" or "CompetenceId" or "KnowledgeId" or "CriterionId")
                .Select(p => (t.ClrType, p.Name))))
            .ToHashSet()));

        var missing = references.Where(r => !CohortElementRows.Handling.ContainsKey(r)).Select(r => $"{r.ClrType.Name}.{r.Name}").ToList();
        var stale = CohortElementRows.Handling.Keys.Where(k => !references.Contains(k)).Select(r => $"{r.Entity.Name}.{r.Property}").ToList();
        Assert.True(missing.Count == 0, "References to FrameworkElement the cohort move does not handle (CohortElementRows): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Handled references no longer in the model: " + string.Join(", ", stale));
    }
}
