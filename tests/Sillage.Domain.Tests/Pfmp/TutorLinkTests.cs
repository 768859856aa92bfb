using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

public sealed class TutorLinkTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_the_hash_of_the_token_is_kept()
    {
        var (link, token) = TutorLink.Create(Guid.NewGuid(), Guid.NewGuid(), Now, TimeSpan.FromDays(30));

        Assert.True(token.Length >= 43);
        Assert.DoesNotContain(token, link.TokenHash, StringComparison.Ordinal);
        Assert.Equal(TutorLink.Hash(token), link.TokenHash);
        Assert.Equal(64, link.TokenHash.Length);
    }

    [Fact]
    public void Two_links_never_share_a_token()
    {
        var first = TutorLink.Create(Guid.NewGuid(), Guid.NewGuid(), Now, TimeSpan.FromDays(1));
        var second = TutorLink.Create(Guid.NewGuid(), Guid.NewGuid(), Now, TimeSpan.FromDays(1));
        Assert.NotEqual(first.Token, second.Token);
    }

    [Fact]
    public void A_link_works_until_it_expires_or_is_revoked()
    {
        var (link, _) = TutorLink.Create(Guid.NewGuid(), Guid.NewGuid(), Now, TimeSpan.FromDays(30));

        Assert.True(link.IsUsableAt(Now.AddDays(29)));
        Assert.False(link.IsUsableAt(Now.AddDays(30)));
        link.RevokedAt = Now.AddDays(1);
        Assert.False(link.IsUsableAt(Now.AddDays(2)));
    }

    [Fact]
    public void A_link_cannot_last_more_than_ninety_days() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TutorLink.Create(Guid.NewGuid(), Guid.NewGuid(), Now, TimeSpan.FromDays(91)));
}
