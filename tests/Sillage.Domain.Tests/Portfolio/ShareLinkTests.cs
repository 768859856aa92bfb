using Sillage.Domain.Portfolio;

namespace Sillage.Domain.Tests.Portfolio;

public sealed class ShareLinkTests
{
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_the_hash_of_the_token_is_kept()
    {
        var (link, token) = ShareLink.Create(Guid.CreateVersion7(), " Tuteur ", [Guid.CreateVersion7()], Now, 30);
        Assert.True(ShareLink.LooksLikeToken(token));
        Assert.NotEqual(token, link.TokenHash);
        Assert.Equal(ShareLink.Hash(token), link.TokenHash);
        Assert.Equal("Tuteur", link.Label);
    }

    [Fact]
    public void A_link_is_active_until_it_expires_or_is_revoked()
    {
        var (link, _) = ShareLink.Create(Guid.CreateVersion7(), "Employeur", [], Now, 7);
        Assert.True(link.IsActive(Now.AddDays(7).AddSeconds(-1)));
        Assert.False(link.IsActive(Now.AddDays(7)));
        link.Revoke(Now.AddDays(1));
        Assert.False(link.IsActive(Now.AddDays(2)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void A_link_lasts_one_day_to_a_year(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShareLink.Create(Guid.CreateVersion7(), "x", [], Now, days));

    [Fact]
    public void Tokens_are_random_and_malformed_ones_are_not_looked_up()
    {
        Assert.NotEqual(ShareLink.NewToken(), ShareLink.NewToken());
        Assert.False(ShareLink.LooksLikeToken("../../etc/passwd"));
        Assert.False(ShareLink.LooksLikeToken(new string('A', 64)));
        Assert.False(ShareLink.LooksLikeToken(null));
    }
}
