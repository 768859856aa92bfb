using Sillage.Domain.Partners;

namespace Sillage.Domain.Tests.Partners;

public sealed class SiretTests
{
    [Theory]
    [InlineData("12345678900007")]
    [InlineData("123 456 789 00007")]
    [InlineData("999.000.001.00019")]
    [InlineData("35600000000048")] // La Poste's head office passes Luhn
    [InlineData("35600000049832")] // a La Poste establishment: digit sum multiple of 5, Luhn fails
    public void Valid_sirets_are_accepted(string siret)
    {
        Assert.True(Siret.IsValid(siret));
        Assert.Null(Siret.Check(siret));
    }

    [Theory]
    [InlineData("12345678900008")]  // checksum off by one
    [InlineData("35600000049830")]  // La Poste, but neither rule holds
    [InlineData("1234567890000")]   // 13 digits
    [InlineData("1234567890000A")]
    public void Invalid_sirets_are_refused_with_a_french_message(string siret)
    {
        Assert.False(Siret.IsValid(siret));
        Assert.StartsWith("SIRET « ", Siret.Check(siret)?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_siret_is_allowed_but_not_valid()
    {
        Assert.Null(Siret.Check("  "));
        Assert.False(Siret.IsValid(null));
    }

    [Fact]
    public void Sirets_are_printed_in_groups() => Assert.Equal("123 456 789 00007", Siret.Format("12345678900007"));
}
