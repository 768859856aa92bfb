using Sillage.Domain;
using Sillage.Domain.Situations;

namespace Sillage.Domain.Tests.Situations;

public sealed class SituationFileValidatorTests
{
    private static readonly IReadOnlySet<string> Codes = new HashSet<string> { "B1", "C1.1", "C1.1.1", "C1.1.2" };

    private static IReadOnlyList<SituationProblem> Validate(string json)
    {
        var (file, problems) = SituationFileReader.Read(json);
        return file is null ? problems : SituationFileValidator.Validate(file, f => f.Code == "mc-sno" ? Codes : null, (_, _) => null);
    }

    private const string Valid = """
        {
          "format": "sillage-situation/1",
          "title": "Situation",
          "framework": { "code": "mc-sno", "version": "2020" },
          "modalities": ["groupe"],
          "missions": [ { "title": "Publier l'offre", "competences": ["C1.1.1", "C1.1"] } ]
        }
        """;

    [Fact]
    public void A_valid_file_has_no_problem() => Assert.Empty(Validate(Valid));

    [Fact]
    public void Malformed_json_is_refused_with_the_path_and_line()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"competences\": [\"C1.1.1\", \"C1.1\"]", "\"competences\": 12", StringComparison.Ordinal)));
        Assert.Equal("$.missions[0].competences", problem.Path);
        Assert.StartsWith("JSON invalide (ligne 6)", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_competence_is_refused_with_its_path()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"C1.1\"]", "\"C9.9\"]", StringComparison.Ordinal)));
        Assert.Equal("$.missions[0].competences[1]", problem.Path);
        Assert.Contains("« C9.9 »", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_bundle_is_listed_with_its_situation()
    {
        var json = """
            { "format": "sillage-situation/1", "situations": [
              { "title": "A", "framework": { "code": "mc-sno" }, "missions": [ { "title": "" } ] },
              { "title": "", "framework": { "code": "inconnu" }, "modalities": ["seul"] } ] }
            """;
        var paths = Validate(json).Select(p => p.Path).ToList();
        Assert.Equal(["$.situations[0].missions[0].title", "$.situations[1].title", "$.situations[1].framework.code", "$.situations[1].modalities[0]"], paths);
    }

    [Fact]
    public void A_document_that_is_not_base64_or_fails_the_file_check_is_refused()
    {
        var json = Valid.Replace("\"modalities\"", "\"documents\": [ { \"title\": \"Charte\", \"fileName\": \"a.exe\", \"content\": \"TVo=\" }, { \"title\": \"B\", \"fileName\": \"b.pdf\", \"content\": \"@@\" } ], \"modalities\"", StringComparison.Ordinal);
        var (file, _) = SituationFileReader.Read(json);
        var problems = SituationFileValidator.Validate(file!, _ => Codes, (name, _) => name!.EndsWith(".exe", StringComparison.Ordinal) ? new Message("refusé") : null);
        Assert.Equal([("$.documents[0].fileName", "refusé"), ("$.documents[1].content", "Le contenu du document n'est pas du base 64 valide.")],
            problems.Select(p => (p.Path, p.Message.ToString())));
    }

    [Fact]
    public void The_wrong_format_and_a_missing_framework_are_named()
    {
        var problems = Validate("""{ "format": "autre", "title": "T", "missions": [] }""");
        Assert.Equal(["$.format", "$.framework.code"], problems.Select(p => p.Path));
    }
}
