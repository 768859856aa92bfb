using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfMarksTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 12,5 ", 12.5)]
    [InlineData("12.25", 12.25)]
    [InlineData("0", 0)]
    [InlineData("20", 20)]
    public void A_mark_is_read_as_people_type_it(string input, decimal expected) => Assert.Equal(expected, CcfMarks.Parse(input).Mark);

    [Theory]
    [InlineData("", "Indiquez une note sur 20.")]
    [InlineData("20,5", "La note doit être comprise entre 0 et 20.")]
    [InlineData("-1", "« -1 » n'est pas une note : écrivez un nombre entre 0 et 20, par exemple 12,5.")]
    [InlineData("douze", "« douze » n'est pas une note : écrivez un nombre entre 0 et 20, par exemple 12,5.")]
    [InlineData("12,125", "La note a au plus deux décimales.")]
    [InlineData("1e1", "« 1e1 » n'est pas une note : écrivez un nombre entre 0 et 20, par exemple 12,5.")]
    public void A_mark_outside_0_20_gets_a_french_message(string input, string message)
    {
        var (mark, problem) = CcfMarks.Parse(input);
        Assert.Null(mark);
        Assert.Equal(message, problem!.ToString());
    }

    [Fact]
    public void Without_weights_the_exam_mark_is_the_situations_average_as_a_suggestion()
    {
        var (mark, computed) = CcfMarks.ExamMark([(null, 12m), (null, 15m)]);
        Assert.Equal(13.5m, mark);
        Assert.False(computed);
    }

    [Fact]
    public void With_weights_on_every_situation_the_exam_mark_is_their_weighted_average()
    {
        var (mark, computed) = CcfMarks.ExamMark([(1m, 10m), (2m, 16m)]);
        Assert.Equal(14m, mark);
        Assert.True(computed);
    }

    [Fact]
    public void An_exam_with_a_situation_not_marked_has_no_mark() => Assert.Null(CcfMarks.ExamMark([(null, 12m), (null, null)]).Mark);

    [Fact]
    public void The_final_mark_weights_the_exams_by_coefficient_and_compares_it_to_the_pass_mark()
    {
        var result = CcfMarks.Final([new("E1", 6, 8m), new("E2", 6, 11m), new("E3", 3, 12m)], passMark: 10m);
        Assert.Equal(10m, result.Average);
        Assert.Equal(CcfOutcome.Passed, result.Outcome);
        Assert.Equal(CcfOutcome.NotPassed, CcfMarks.Final([new("E1", 6, 8m), new("E2", 6, 11m), new("E3", 3, 12m)], passMark: 10.5m).Outcome);
    }

    [Fact]
    public void The_final_mark_rounds_half_hundredths_away_from_zero() =>
        Assert.Equal(10.13m, CcfMarks.Final([new("E1", 1, 10.25m), new("E2", 1, 10m), new("E3", 2, 10.125m)], 10m).Average);

    [Fact]
    public void A_missing_exam_mark_leaves_the_result_incomplete() =>
        Assert.Equal(CcfOutcome.Incomplete, CcfMarks.Final([new("E1", 6, 15m), new("E2", 6, null)], 10m).Outcome);

    [Fact]
    public void An_exam_that_cannot_be_obtained_yet_blocks_the_result_whatever_the_marks()
    {
        var result = CcfMarks.Final([new("E1", 6, 15m), new("E2", 6, 15m, Blocked: true), new("E3", 6, 15m)], 10m);
        Assert.Equal(CcfOutcome.Blocked, result.Outcome);
        Assert.Null(result.Average);
    }
}
