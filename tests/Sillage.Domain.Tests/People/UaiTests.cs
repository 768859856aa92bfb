using Sillage.Domain.People;

namespace Sillage.Domain.Tests.People;

public sealed class UaiTests
{
    [Theory]
    [InlineData("0750655E")]
    [InlineData("0750655e")]
    [InlineData(" 0999001W ")]
    public void Valid_uai_are_accepted(string uai) => Assert.True(Uai.IsValid(uai));

    [Theory]
    [InlineData("0750655F")]
    [InlineData("075065E")]
    [InlineData("07506551")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_uai_are_refused(string? uai) => Assert.False(Uai.IsValid(uai));
}
