using Sillage.Domain.Suivi;

namespace Sillage.Domain.Tests.Suivi;

public sealed class BlockValidationTests
{
    [Theory]
    [InlineData(new[] { 3, 3, 4 }, 3, true)]
    [InlineData(new[] { 3, 2, 4 }, 3, false)]
    [InlineData(new[] { 0, 4 }, 3, false)]
    [InlineData(new int[0], 3, false)]
    public void A_bloc_is_validated_when_every_competence_is_at_least_acquired(int[] levels, int acquired, bool expected) =>
        Assert.Equal(expected, BlockValidation.IsValidated(levels, acquired));
}
