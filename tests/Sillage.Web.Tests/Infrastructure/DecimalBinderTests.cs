using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Tests.Infrastructure;

public sealed class DecimalBinderTests
{
    [Theory]
    [InlineData("250,50", 250.50)]
    [InlineData("250.50", 250.50)]
    [InlineData(" 1 250,5 ", 1250.5)]
    [InlineData("1\u202F250,5", 1250.5)]
    [InlineData("12", 12)]
    [InlineData("-3,25", -3.25)]
    public void Reads_a_comma_or_a_point_as_the_decimal_separator(string text, double expected) =>
        Assert.True(DecimalBinder.TryParse(text, out var value) && value == (decimal)expected, $"{text} → {value}");

    [Theory]
    [InlineData("1.250,50")]
    [InlineData("1,250.50")]
    [InlineData("12,5,0")]
    [InlineData("abc")]
    [InlineData("12 €")]
    [InlineData("1e3")]
    public void Refuses_what_could_be_read_two_ways_or_is_not_a_number(string text) =>
        Assert.False(DecimalBinder.TryParse(text, out _));
}
