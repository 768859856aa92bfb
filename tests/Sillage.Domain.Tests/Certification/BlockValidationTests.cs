using Sillage.Domain.Certification;
using static Sillage.Domain.Certification.BlockValidation;

namespace Sillage.Domain.Tests.Certification;

public sealed class BlockValidationTests
{
    private static readonly DateTime Now = new(2027, 6, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid First = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = Guid.Parse("00000000-0000-0000-0000-000000000002");

    [Fact]
    public void No_proposal_validates_nothing() => Assert.False(IsValidated([], Now));

    [Fact]
    public void Every_jury_member_favourable_in_a_closed_session_validates()
    {
        Assert.True(IsValidated([new(First, Now.AddDays(-1), JuryDecision.Favorable), new(First, Now.AddDays(-1), JuryDecision.Favorable)], Now));
    }

    [Fact]
    public void One_member_not_favourable_is_enough_to_refuse()
    {
        Assert.False(IsValidated([new(First, Now.AddDays(-1), JuryDecision.Favorable), new(First, Now.AddDays(-1), JuryDecision.ToComplete)], Now));
        Assert.False(IsValidated([new(First, Now.AddDays(-1), JuryDecision.Unfavorable)], Now));
    }

    [Fact]
    public void A_grid_without_a_decision_does_not_count()
    {
        Assert.True(IsValidated([new(First, Now.AddDays(-1), JuryDecision.Favorable), new(First, Now.AddDays(-1), JuryDecision.None)], Now));
        Assert.False(IsValidated([new(First, Now.AddDays(-1), JuryDecision.None)], Now));
    }

    [Fact]
    public void A_session_still_open_decides_nothing_yet()
    {
        Assert.False(IsValidated([new(First, Now.AddHours(1), JuryDecision.Favorable)], Now));
        Assert.True(IsValidated([new(First, Now.AddHours(1), JuryDecision.Favorable)], Now.AddHours(1)));
    }

    [Fact]
    public void The_latest_closed_session_replaces_an_earlier_attempt()
    {
        Proposal[] secondChance = [new(First, Now.AddMonths(-2), JuryDecision.ToComplete), new(Second, Now.AddDays(-1), JuryDecision.Favorable)];
        Assert.True(IsValidated(secondChance, Now));
        Assert.Equal(Second, DecidingSession(secondChance, Now));

        Proposal[] failedLater = [new(First, Now.AddMonths(-2), JuryDecision.Favorable), new(Second, Now.AddDays(-1), JuryDecision.Unfavorable)];
        Assert.False(IsValidated(failedLater, Now));

        // An open second session leaves the first decision standing until it closes.
        Proposal[] pending = [new(First, Now.AddMonths(-2), JuryDecision.ToComplete), new(Second, Now.AddDays(1), JuryDecision.Favorable)];
        Assert.False(IsValidated(pending, Now));
    }
}
