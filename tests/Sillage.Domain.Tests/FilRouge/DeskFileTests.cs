using System.Text.Json;
using Sillage.Domain.FilRouge;

namespace Sillage.Domain.Tests.FilRouge;

/// <summary>The shipped desk of VosRêves: each category maps only to bloc 3 compétences of the shipped framework, and each
/// situation has 8 to 12 requests from people of the org chart.</summary>
public sealed class DeskFileTests
{
    private static string Data(string path)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "fil-rouge")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, "data", path));
    }

    private static readonly DeskFile Desk = DeskFile.Read(Data("fil-rouge/vosreves-desk.json"));

    [Fact]
    public void Every_category_maps_to_bloc_3_competences_of_the_framework()
    {
        using var framework = JsonDocument.Parse(Data("frameworks/mc-sno-2020.json"));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in framework.RootElement.GetProperty("blocks").EnumerateArray())
        {
            foreach (var competence in block.GetProperty("competences").EnumerateArray())
            {
                codes.Add(competence.GetProperty("code").GetString()!);
                foreach (var detailed in competence.GetProperty("detailedCompetences").EnumerateArray())
                {
                    codes.Add(detailed.GetProperty("code").GetString()!);
                }
            }
        }

        foreach (var category in Enum.GetValues<RequestCategory>())
        {
            var mapped = Desk.Competences[category];
            Assert.NotEmpty(mapped);
            Assert.All(mapped, code => Assert.True(codes.Contains(code) && code.StartsWith("C3.", StringComparison.Ordinal), $"{category} → {code}"));
            Assert.Equal(mapped, Desk.CompetencesOf(category, codes));
        }

        Assert.Empty(Desk.CompetencesOf(RequestCategory.Hardware, new HashSet<string> { "C1.1" }));
    }

    [Fact]
    public void Each_situation_ships_8_to_12_requests_from_people_of_the_org_chart()
    {
        using var organisation = JsonDocument.Parse(Data("organisations/vosreves.json"));
        var people = organisation.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(5, Desk.Situations.Count);
        Assert.All(Desk.Situations, s => Assert.InRange(s.Requests.Count, 8, 12));
        var requests = Desk.Situations.SelectMany(s => s.Requests).ToList();
        Assert.All(requests, r => Assert.Contains(r.Requester, people));
        Assert.Equal(requests.Count, requests.Select(r => r.Code).Distinct().Count());
        Assert.Empty(requests.SelectMany(r => RequestRules.CheckNew(r.Requester, r.Subject, r.Description, r.Category, r.Priority, r.Service, null, DateTime.UtcNow)));
    }
}
