using Sillage.Domain.Certification;

namespace Sillage.Domain.Tests.Certification;

public sealed class ExamConditionsTests
{
    [Theory]
    [InlineData("E2", JuryDecision.Favorable, false, false)]
    [InlineData("E2", JuryDecision.Favorable, true, true)]
    [InlineData(" e2 ", JuryDecision.Favorable, false, false)]
    [InlineData("E2", JuryDecision.ToComplete, false, true)]
    [InlineData("E2", JuryDecision.Unfavorable, false, true)]
    [InlineData("E2", JuryDecision.None, false, true)]
    [InlineData("E1", JuryDecision.Favorable, false, true)]
    [InlineData("E3", JuryDecision.Favorable, false, true)]
    [InlineData(null, JuryDecision.Favorable, false, true)]
    public void Only_E2_waits_for_the_twelve_weeks_and_only_for_a_favourable_decision(string? exam, JuryDecision decision, bool pfmpComplete, bool allowed) =>
        Assert.Equal(allowed, ExamConditions.MayPropose(decision, exam, pfmpComplete));
}
