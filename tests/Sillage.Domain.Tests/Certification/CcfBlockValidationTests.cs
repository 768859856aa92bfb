using Sillage.Domain.Certification;
using Sillage.Domain.Certification.Ccf;
using static Sillage.Domain.Certification.BlockValidation;

namespace Sillage.Domain.Tests.Certification;

/// <summary>One rule for a bloc's badge whichever jury decides: the latest decision taken — a closed exam session or a
/// CCF decision — settles it.</summary>
public sealed class CcfBlockValidationTests
{
    private static readonly DateTime Now = new(2027, 6, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Session = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Decision = Guid.Parse("00000000-0000-0000-0000-000000000002");

    [Theory]
    [InlineData(CcfOutcome.Passed, true)]
    [InlineData(CcfOutcome.NotPassed, false)]
    public void A_CCF_decision_validates_when_the_jury_says_passed(CcfOutcome outcome, bool validated)
    {
        var deciding = Decide([], [new CcfVerdict(Decision, Now.AddDays(-1), outcome)], Now);
        Assert.Equal((Decision, validated, true), (deciding!.Id, deciding.Validated, deciding.FromCcf));
    }

    [Fact]
    public void Marks_that_are_not_a_decision_validate_nothing()
    {
        Assert.Null(Decide([], [new CcfVerdict(Decision, Now.AddDays(-1), CcfOutcome.Incomplete), new CcfVerdict(Decision, Now.AddDays(-1), CcfOutcome.Blocked)], Now));
    }

    [Fact]
    public void The_latest_of_a_session_and_a_CCF_decision_settles_the_bloc()
    {
        Proposal[] favourableSession = [new(Session, Now.AddMonths(-2), JuryDecision.Favorable)];
        Assert.False(Decide(favourableSession, [new CcfVerdict(Decision, Now.AddDays(-1), CcfOutcome.NotPassed)], Now)!.Validated);
        Assert.True(Decide(favourableSession, [new CcfVerdict(Decision, Now.AddMonths(-3), CcfOutcome.NotPassed)], Now)!.Validated);

        Proposal[] unfavourableSession = [new(Session, Now.AddDays(-1), JuryDecision.Unfavorable)];
        Assert.False(Decide(unfavourableSession, [new CcfVerdict(Decision, Now.AddMonths(-2), CcfOutcome.Passed)], Now)!.Validated);
        Assert.True(Decide(unfavourableSession, [new CcfVerdict(Decision, Now, CcfOutcome.Passed)], Now)!.Validated);
    }
}
