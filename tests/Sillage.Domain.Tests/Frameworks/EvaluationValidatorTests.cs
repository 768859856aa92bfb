using Sillage.Domain.Frameworks;

namespace Sillage.Domain.Tests.Frameworks;

/// <summary>The evaluation part of a framework file: épreuves, their situations, the final mark.</summary>
public sealed class EvaluationValidatorTests
{
    private const string Valid = """
        {
          "format": "sillage-framework/1", "code": "demo", "version": "1", "title": "Démo",
          "blocks": [
            { "code": "B1", "title": "Bloc un", "exam": "E1", "competences": [ { "code": "C1.1", "title": "Compétence" } ] },
            { "code": "B2", "title": "Bloc deux", "competences": [ { "code": "C2.1", "title": "Compétence" } ] }
          ],
          "evaluation": {
            "pfmpWeeks": 12, "finalMark": "weighted-average",
            "exams": [
              { "code": "E1", "title": "Épreuve un", "block": "B1", "coefficient": 6, "mode": "ccf",
                "situations": [
                  { "code": "E1-A", "title": "Oral", "form": "oral", "durationMinutes": 40,
                    "parts": [ { "title": "Présentation", "minutes": 20, "atMost": true }, { "title": "Entretien", "minutes": 20 } ],
                    "groupSize": { "min": 2, "max": 4 } },
                  { "code": "E1-B", "title": "Dossier", "form": "oral" } ] },
              { "code": "E2", "title": "Épreuve deux", "block": "B2", "coefficient": 6, "mode": "ccf", "conditions": ["pfmp-complete"],
                "situations": [ { "code": "E2-A", "title": "Sur traces", "form": "sans-candidat" } ] }
            ]
          }
        }
        """;

    private static IReadOnlyList<FrameworkProblem> Validate(string json)
    {
        var (file, problems) = FrameworkFileReader.Read(json);
        return file is null ? problems : FrameworkValidator.Validate(file, _ => null);
    }

    private static FrameworkProblem Single(string from, string to)
    {
        var changed = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, changed);
        return Assert.Single(Validate(changed));
    }

    [Fact]
    public void A_valid_evaluation_part_has_no_problem() => Assert.Empty(Validate(Valid));

    [Fact]
    public void A_file_without_an_evaluation_part_stays_valid()
    {
        var (file, _) = FrameworkFileReader.Read(Valid);
        file!.Evaluation = null;
        Assert.Empty(FrameworkValidator.Validate(file, _ => null));
    }

    [Fact]
    public void An_exam_on_an_unknown_bloc_is_reported()
    {
        var problem = Single("\"block\": \"B2\"", "\"block\": \"B9\"");
        Assert.Equal("$.evaluation.exams[1].block", problem.Path);
        Assert.Equal("Bloc « B9 » inconnu dans ce référentiel.", problem.Message.ToString());
    }

    [Fact]
    public void An_exam_contradicting_its_blocs_exam_code_is_reported()
    {
        var problem = Single("\"exam\": \"E1\"", "\"exam\": \"E3\"");
        Assert.Equal("$.evaluation.exams[0].block", problem.Path);
        Assert.Contains("« E3 »", problem.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_exam_code_is_reported() =>
        Assert.Equal("$.evaluation.exams[1].code", Single("\"code\": \"E2\"", "\"code\": \"E1\"").Path);

    [Fact]
    public void A_duplicate_situation_code_is_reported() =>
        Assert.Equal("$.evaluation.exams[0].situations[1].code", Single("\"code\": \"E1-B\"", "\"code\": \"E1-A\"").Path);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("101")]
    public void A_coefficient_out_of_range_is_reported(string value) =>
        Assert.Equal("$.evaluation.exams[1].coefficient", Single("\"block\": \"B2\", \"coefficient\": 6", $"\"block\": \"B2\", \"coefficient\": {value}").Path);

    [Fact]
    public void A_missing_coefficient_is_reported()
    {
        var problem = Single("\"block\": \"B2\", \"coefficient\": 6,", "\"block\": \"B2\",");
        Assert.Equal("Valeur manquante : le coefficient.", problem.Message.ToString());
    }

    [Fact]
    public void An_unknown_mode_lists_the_known_ones()
    {
        var problem = Single("\"block\": \"B2\", \"coefficient\": 6, \"mode\": \"ccf\"", "\"block\": \"B2\", \"coefficient\": 6, \"mode\": \"oral\"");
        Assert.Equal("$.evaluation.exams[1].mode", problem.Path);
        Assert.Equal("Valeur « oral » inconnue : valeurs possibles ccf, ponctuel.", problem.Message.ToString());
    }

    [Fact]
    public void An_unknown_situation_form_is_reported() =>
        Assert.Equal("$.evaluation.exams[1].situations[0].form", Single("\"form\": \"sans-candidat\"", "\"form\": \"visio\"").Path);

    [Fact]
    public void An_unknown_condition_is_reported() =>
        Assert.Equal("$.evaluation.exams[1].conditions[0]", Single("[\"pfmp-complete\"]", "[\"bac-obtenu\"]").Path);

    [Fact]
    public void The_pfmp_condition_needs_the_diplomas_pfmp_weeks()
    {
        var problem = Single("\"pfmpWeeks\": 12, ", "");
        Assert.Equal("$.evaluation.exams[1].conditions[0]", problem.Path);
    }

    [Fact]
    public void Parts_longer_than_the_situation_are_reported()
    {
        var problem = Single("\"durationMinutes\": 40", "\"durationMinutes\": 30");
        Assert.Equal("$.evaluation.exams[0].situations[0].parts", problem.Path);
        Assert.Equal("Les parties durent 40 minutes, plus que la durée de la situation (30 minutes).", problem.Message.ToString());
    }

    [Theory]
    [InlineData("{ \"min\": 0, \"max\": 4 }")]
    [InlineData("{ \"min\": 3, \"max\": 2 }")]
    [InlineData("{ \"min\": 2, \"max\": 11 }")]
    [InlineData("{ \"max\": 4 }")]
    public void An_impossible_group_size_is_reported(string value) =>
        Assert.Equal("$.evaluation.exams[0].situations[0].groupSize", Single("{ \"min\": 2, \"max\": 4 }", value).Path);

    [Fact]
    public void A_ccf_exam_without_situation_is_reported() =>
        Assert.Equal("$.evaluation.exams[1].situations",
            Single("\"situations\": [ { \"code\": \"E2-A\", \"title\": \"Sur traces\", \"form\": \"sans-candidat\" } ]", "\"situations\": []").Path);

    [Fact]
    public void Weights_are_given_to_every_situation_of_an_exam_or_to_none() =>
        Assert.Equal("$.evaluation.exams[0].situations",
            Single("{ \"code\": \"E1-B\", \"title\": \"Dossier\", \"form\": \"oral\" }", "{ \"code\": \"E1-B\", \"title\": \"Dossier\", \"form\": \"oral\", \"weight\": 1 }").Path);

    [Fact]
    public void An_unknown_final_mark_rule_is_reported() =>
        Assert.Equal("$.evaluation.finalMark", Single("\"weighted-average\"", "\"best-of\"").Path);

    [Fact]
    public void An_evaluation_part_without_exams_is_reported()
    {
        var (file, _) = FrameworkFileReader.Read(Valid);
        file!.Evaluation!.Exams = [];
        Assert.Equal("$.evaluation.exams", Assert.Single(FrameworkValidator.Validate(file, _ => null)).Path);
    }
}
