using System.Text.Json.Nodes;
using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

public sealed class FrameworkEditsTests
{
    private const string Document = """
        {
          "format": "sillage-framework/1", "code": "demo", "version": "1", "title": "Démo",
          "levels": [ { "code": "N1", "title": "Niveau un" } ],
          "blocks": [
            { "code": "B1", "title": "Bloc un", "competences": [
              { "code": "C1.1", "title": "Compétence", "detailedCompetences": [ { "code": "C1.1.1", "title": "Détail" } ],
                "criteria": [ { "title": "Premier critère" }, { "title": "Second critère" } ],
                "mappings": [ { "framework": "crcn", "codes": ["2.1"] } ] } ] }
          ]
        }
        """;

    private static JsonObject Root() => FrameworkEdits.Load(Document);

    private static IReadOnlyList<FrameworkProblem> Validate(JsonObject root) =>
        FrameworkValidator.Validate(FrameworkEdits.ToFile(root)!, code => code == "crcn" ? new HashSet<string> { "2.1" } : null);

    private static Dictionary<string, string?> Fields(params (string Key, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    [Theory]
    [InlineData("$", 0)]
    [InlineData("$.blocks[0]", 1)]
    [InlineData("$.blocks[0].competences[0].criteria[1]", 3)]
    [InlineData("$.professionalActivities[0].activities[2].tasks[1]", 3)]
    public void A_path_names_a_node_through_lists_its_parents_may_hold(string path, int steps) =>
        Assert.Equal(steps, FrameworkEdits.Parse(path)!.Count);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("$.competences[0]")]
    [InlineData("$.blocks[0].criteria[0]")]
    [InlineData("$.blocks[0].competences[0].tasks[0]")]
    [InlineData("$.blocks[x]")]
    [InlineData("$.blocks[0]junk")]
    public void A_path_through_a_list_the_parent_cannot_hold_is_refused(string? path) => Assert.Null(FrameworkEdits.Parse(path));

    [Fact]
    public void Adding_criteria_keeps_everything_else_the_document_carries()
    {
        var root = Root();
        var (path, problem) = FrameworkEdits.Add(root, "$.blocks[0].competences[0]", "criteria", Fields(("title", "  Troisième critère ")));

        Assert.Null(problem);
        Assert.Equal("$.blocks[0].competences[0].criteria[2]", path);
        Assert.Equal("Troisième critère", FrameworkEdits.Find(root, path)!["title"]!.GetValue<string>());
        var file = FrameworkEdits.ToFile(root)!;
        Assert.Equal("N1", Assert.Single(file.Levels!).Code);
        Assert.Equal(["2.1"], Assert.Single(file.Blocks![0].Competences![0].Mappings!).Codes!);
        Assert.Empty(Validate(root));
    }

    [Fact]
    public void A_list_the_parent_cannot_hold_is_refused_and_nothing_changes()
    {
        var root = Root();
        var before = FrameworkEdits.Save(root);

        var (path, problem) = FrameworkEdits.Add(root, "$.blocks[0]", "criteria", Fields(("title", "Critère")));

        Assert.Null(path);
        Assert.NotNull(problem);
        Assert.Equal(before, FrameworkEdits.Save(root));
    }

    [Fact]
    public void Setting_an_empty_value_removes_the_field_and_the_validator_names_its_path()
    {
        var root = Root();
        Assert.Null(FrameworkEdits.Set(root, "$.blocks[0].competences[0].detailedCompetences[0]", Fields(("title", " "), ("code", "C1.1.1"))));

        var problem = Assert.Single(Validate(root));
        Assert.Equal("$.blocks[0].competences[0].detailedCompetences[0].title", problem.Path);
    }

    [Fact]
    public void Fields_outside_the_nodes_shape_are_ignored()
    {
        var root = Root();
        FrameworkEdits.Set(root, "$.blocks[0]", Fields(("title", "Bloc renommé"), ("competences", "rien"), ("format", "x")));

        Assert.Equal("Bloc renommé", root["blocks"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("sillage-framework/1", root["format"]!.GetValue<string>());
        Assert.Single(FrameworkEdits.ToFile(root)!.Blocks![0].Competences!);
    }

    [Fact]
    public void Moving_reorders_siblings_and_stops_at_the_ends()
    {
        var root = Root();
        var (path, _) = FrameworkEdits.Move(root, "$.blocks[0].competences[0].criteria[1]", -1);
        Assert.Equal("$.blocks[0].competences[0].criteria[0]", path);
        Assert.Equal("Second critère", FrameworkEdits.Find(root, path)!["title"]!.GetValue<string>());

        var (same, _) = FrameworkEdits.Move(root, path!, -1);
        Assert.Equal(path, same);
    }

    [Fact]
    public void Removing_a_node_that_no_longer_exists_says_so()
    {
        var root = Root();
        Assert.Null(FrameworkEdits.Remove(root, "$.blocks[0].competences[0].criteria[1]"));
        Assert.NotNull(FrameworkEdits.Remove(root, "$.blocks[0].competences[0].criteria[1]"));
        Assert.Single(FrameworkEdits.ToFile(root)!.Blocks![0].Competences![0].Criteria!);
    }

    [Fact]
    public void A_duplicate_code_is_reported_with_the_path_of_both()
    {
        var root = Root();
        FrameworkEdits.Add(root, "$.blocks[0].competences[0]", "detailedCompetences", Fields(("code", "C1.1.1"), ("title", "Doublon")));

        var problem = Assert.Single(Validate(root));
        Assert.Equal("$.blocks[0].competences[0].detailedCompetences[1].code", problem.Path);
        Assert.Contains("$.blocks[0].competences[0].detailedCompetences[0].code", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Professional_activities_link_tasks_to_known_competences_only()
    {
        var root = Root();
        var (pole, _) = FrameworkEdits.Add(root, "$", "professionalActivities", Fields(("code", "P1"), ("title", "Pôle un")));
        var (activity, _) = FrameworkEdits.Add(root, pole!, "activities", Fields(("code", "A1.1"), ("title", "Activité")));
        var (task, _) = FrameworkEdits.Add(root, activity!, "tasks", Fields(("code", "T1.1.1"), ("title", "Tâche"), ("competences", "C1.1, C1.1.1 C9.9")));

        Assert.Equal("C1.1, C1.1.1, C9.9", FrameworkEdits.Fields(FrameworkEdits.Find(root, task)!, "tasks")["competences"]);
        var problem = Assert.Single(Validate(root));
        Assert.Equal(task + ".competences[2]", problem.Path);
        Assert.Contains("C9.9", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Transversal_competences_need_a_title_and_share_the_codes()
    {
        var root = Root();
        FrameworkEdits.Add(root, "$.blocks[0]", "transversalCompetences", Fields(("code", "C1.1"), ("title", "Communiquer")));
        FrameworkEdits.Add(root, "$.blocks[0]", "transversalCompetences", Fields(("code", "CT2")));

        var paths = Validate(root).Select(p => p.Path).ToList();
        Assert.Equal(["$.blocks[0].transversalCompetences[0].code", "$.blocks[0].transversalCompetences[1].title"], paths);
    }

    [Fact]
    public void The_outline_lists_every_node_in_document_order()
    {
        var outline = FrameworkEdits.Outline(Root());
        Assert.Equal(["$", "$.blocks[0]", "$.blocks[0].competences[0]", "$.blocks[0].competences[0].detailedCompetences[0]",
            "$.blocks[0].competences[0].criteria[0]", "$.blocks[0].competences[0].criteria[1]"], outline.Select(n => n.Path));
    }

    [Fact]
    public void A_draft_refuses_an_edit_made_on_an_older_revision_and_keeps_its_document()
    {
        var framework = new Framework { Code = "demo", Version = "1", Title = "Démo", SourceJson = Document };
        var draft = FrameworkDraft.StartFrom(framework, new HashSet<string> { "1", "1.1" }, null, null, DateTime.UnixEpoch);
        Assert.Equal("1.2", FrameworkEdits.Load(draft.Json)["version"]!.GetValue<string>());

        Assert.Null(draft.Apply(0, root => FrameworkEdits.Set(root, "$", Fields(("title", "Démo 2"))), null, DateTime.UnixEpoch));
        var json = draft.Json;
        Assert.Equal(FrameworkDraft.Stale, draft.Apply(0, root => FrameworkEdits.Set(root, "$", Fields(("title", "Démo 3"))), null, DateTime.UnixEpoch));
        Assert.Equal(json, draft.Json);
        Assert.Equal(1, draft.Revision);
    }
}
