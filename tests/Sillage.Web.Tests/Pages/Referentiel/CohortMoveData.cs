using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Tests.Pages.Referentiel;

/// <summary>A version 2 of the shipped MC SNO framework, made from the demo cohort's use of version 2020: one critère
/// added, one used compétence détaillée renamed, the most used one removed.</summary>
public static class CohortMoveData
{
    public sealed record V2(Guid CohortId, Guid FromId, Guid ToId, string Removed, string Renamed, string AddedUnder);

    public static async Task<V2> ImportAsync(SillageApp app, string version = "2027")
    {
        var (cohortId, fromId, byUse) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var rows = new CohortElementRows(db, cohort.Id, db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId && e.Kind == ElementKind.DetailedCompetence).Select(e => e.Id));
            var usage = await ElementUsage.ReadAsync(rows);
            var codes = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId).ToDictionaryAsync(e => e.Id, e => e.Code);
            var ordered = usage.ByElement.OrderByDescending(u => u.Value.GetValueOrDefault(ElementUse.Assessment)).ThenByDescending(u => u.Value.Values.Sum())
                .ThenBy(u => codes[u.Key], StringComparer.Ordinal).Select(u => codes[u.Key]).ToList();
            return (cohort.Id, cohort.FrameworkId, ordered);
        });
        Assert.True(byUse.Count >= 2, "The demo cohort uses at least two compétences détaillées.");
        var (removed, renamed) = (byUse[0], byUse[1]);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SourceTree.Root, "data", "frameworks", "mc-sno-2020.json")))!;
        json["version"] = version;
        string? addedUnder = null;
        foreach (var detailed in json["blocks"]!.AsArray().SelectMany(b => b!["competences"]!.AsArray()).Select(c => c!["detailedCompetences"]!.AsArray()))
        {
            foreach (var item in detailed.ToList())
            {
                var code = (string)item!["code"]!;
                if (code == removed)
                {
                    detailed.Remove(item);
                }
                else if (code == renamed)
                {
                    item["title"] = (string)item["title"]! + " (texte révisé)";
                }
                else if (addedUnder is null)
                {
                    addedUnder = code;
                    item["criteria"] = new JsonArray(new JsonObject { ["title"] = "Les besoins recueillis sont reformulés et validés" });
                }
            }
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportAsync(json.ToJsonString(), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Path + " " + p.Message)));
        return new V2(cohortId, fromId, result.Framework!.Id, removed, renamed, addedUnder!);
    }

    /// <summary>The cohort's records by kind, on the elements of one version, and on the elements of any other.</summary>
    public static Task<(Dictionary<ElementUse, int> On, Dictionary<ElementUse, int> Elsewhere)> CountAsync(SillageApp app, Guid cohortId, Guid frameworkId) =>
        app.WithDbAsync(async db =>
        {
            var on = await ElementUsage.ReadAsync(new CohortElementRows(db, cohortId, db.FrameworkElements.Where(e => e.FrameworkId == frameworkId).Select(e => e.Id)));
            var elsewhere = await ElementUsage.ReadAsync(new CohortElementRows(db, cohortId, db.FrameworkElements.Where(e => e.FrameworkId != frameworkId).Select(e => e.Id)));
            return (Enum.GetValues<ElementUse>().ToDictionary(u => u, on.Total), Enum.GetValues<ElementUse>().ToDictionary(u => u, elsewhere.Total));
        });
}
