using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

public sealed class FrameworkValidatorTests
{
    private static readonly IReadOnlySet<string> CrcnCodes = new HashSet<string> { "1.1", "2.1", "2.2" };

    private static IReadOnlyList<FrameworkProblem> Validate(string json)
    {
        var (file, problems) = FrameworkFileReader.Read(json);
        return file is null ? problems : FrameworkValidator.Validate(file, code => code == "crcn" ? CrcnCodes : null);
    }

    private const string Valid = """
        {
          "format": "sillage-framework/1", "code": "demo", "version": "1", "title": "Démo",
          "blocks": [
            { "code": "B1", "title": "Bloc un", "competences": [
              { "code": "C1.1", "title": "Compétence", "detailedCompetences": [ { "code": "C1.1.1", "title": "Détail" } ],
                "knowledge": [ { "title": "Savoir" } ],
                "mappings": [ { "framework": "crcn", "codes": ["2.1"] } ] } ] }
          ]
        }
        """;

    [Fact]
    public void A_valid_file_has_no_problem() => Assert.Empty(Validate(Valid));

    [Fact]
    public void Malformed_json_is_reported_with_its_line()
    {
        var problem = Assert.Single(Validate("{ \"code\": \"x\",\n \"blocks\": [ }"));
        Assert.Contains("ligne 2", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_with_its_path()
    {
        var problem = Assert.Single(Validate("""{ "code": "x", "blocks": "pas une liste" }"""));
        Assert.Equal("$.blocks", problem.Path);
    }

    [Fact]
    public void An_empty_file_is_reported() => Assert.Equal("$", Assert.Single(Validate("  ")).Path);

    [Fact]
    public void A_duplicate_code_is_reported_at_its_second_place()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"C1.1.1\"", "\"C1.1\"", StringComparison.Ordinal)));
        Assert.Equal("$.blocks[0].competences[0].detailedCompetences[0].code", problem.Path);
        Assert.Contains("en double", problem.Message.ToString(), StringComparison.Ordinal);
        Assert.Contains("$.blocks[0].competences[0].code", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_title_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"title\": \"Détail\"", "\"title\": \"  \"", StringComparison.Ordinal)));
        Assert.Equal("$.blocks[0].competences[0].detailedCompetences[0].title", problem.Path);
        Assert.Contains("manquante", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_code_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"code\": \"B1\", ", "", StringComparison.Ordinal)));
        Assert.Equal("$.blocks[0].code", problem.Path);
    }

    [Fact]
    public void An_unknown_mapped_code_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("[\"2.1\"]", "[\"2.1\", \"9.9\"]", StringComparison.Ordinal)));
        Assert.Equal("$.blocks[0].competences[0].mappings[0].codes[1]", problem.Path);
        Assert.Contains("9.9", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mapped_framework_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"framework\": \"crcn\"", "\"framework\": \"digcomp\"", StringComparison.Ordinal)));
        Assert.Equal("$.blocks[0].competences[0].mappings[0].framework", problem.Path);
    }

    [Fact]
    public void An_unknown_format_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("sillage-framework/1", "autre/2", StringComparison.Ordinal)));
        Assert.Equal("$.format", problem.Path);
    }

    [Fact]
    public void A_code_with_capitals_or_spaces_is_reported()
    {
        var problem = Assert.Single(Validate(Valid.Replace("\"code\": \"demo\"", "\"code\": \"Mon Référentiel\"", StringComparison.Ordinal)));
        Assert.Equal("$.code", problem.Path);
    }

    [Fact]
    public void A_framework_without_blocks_is_reported()
    {
        var problem = Assert.Single(Validate("""{ "format": "sillage-framework/1", "code": "x", "version": "1", "title": "X", "blocks": [] }"""));
        Assert.Equal("$.blocks", problem.Path);
    }

    [Fact]
    public void A_block_without_competences_is_reported()
    {
        var json = """{ "format": "sillage-framework/1", "code": "x", "version": "1", "title": "X", "blocks": [ { "code": "B1", "title": "B" } ] }""";
        Assert.Equal("$.blocks[0].competences", Assert.Single(Validate(json)).Path);
    }

    [Fact]
    public void An_unknown_condition_category_is_reported()
    {
        var json = Valid.Replace("\"knowledge\": [ { \"title\": \"Savoir\" } ],",
            "\"knowledge\": [ { \"title\": \"Savoir\" } ], \"conditions\": [ { \"category\": \"divers\", \"title\": \"X\" } ],", StringComparison.Ordinal);
        Assert.Equal("$.blocks[0].competences[0].conditions[0].category", Assert.Single(Validate(json)).Path);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var json = Valid.Replace("\"C1.1.1\"", "\"C1.1\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Démo\"", "\"title\": \"\"", StringComparison.Ordinal)
            .Replace("[\"2.1\"]", "[\"7.7\"]", StringComparison.Ordinal);
        Assert.Equal(3, Validate(json).Count);
    }
}
