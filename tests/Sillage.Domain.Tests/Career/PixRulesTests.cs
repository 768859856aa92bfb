using Sillage.Domain.Career;

namespace Sillage.Domain.Tests.Career;

public sealed class PixRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);
    private static readonly string[] Crcn = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2"];

    private static IReadOnlyList<PixRules.Problem> Profile(int? score, params (string Code, int? Level)[] levels) =>
        PixRules.Check(PixResultKind.Profile, Today.AddDays(-3), score, levels.ToDictionary(l => l.Code, l => l.Level), null, Crcn, Today);

    [Fact]
    public void A_consistent_profile_is_accepted()
    {
        Assert.Empty(Profile(170, ("1.1", 3), ("2.1", 4), ("4.2", 2), ("5.2", null)));
    }

    [Fact]
    public void Levels_go_from_0_to_8()
    {
        var problems = Profile(200, ("1.1", 9), ("2.1", -1));
        Assert.Equal(["Levels[1.1]", "Levels[2.1]"], problems.Select(p => p.Field));
    }

    [Fact]
    public void The_global_score_goes_from_0_to_1024_and_cannot_be_below_8_pix_per_level()
    {
        Assert.Equal("Score", Assert.Single(Profile(1025, ("1.1", 3))).Field);
        var low = Assert.Single(Profile(20, ("1.1", 3), ("2.1", 1)));
        Assert.Equal("Score", low.Field);
        Assert.Contains("32 pix", low.Text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_crcn_competences_and_at_least_one_level()
    {
        Assert.Equal("Levels", Assert.Single(Profile(10, ("6.1", 1), ("1.1", 1))).Field);
        Assert.Equal("Levels", Assert.Single(Profile(10, ("1.1", null))).Field);
    }

    [Fact]
    public void A_date_in_the_future_or_before_pix_is_refused()
    {
        Assert.Equal("TakenOn", Assert.Single(PixRules.Check(PixResultKind.Certification, Today.AddDays(1), 300, new Dictionary<string, int?>(), "P-ABCD1234", Crcn, Today)).Field);
        Assert.Equal("TakenOn", Assert.Single(PixRules.Check(PixResultKind.Certification, new DateOnly(2015, 5, 1), 300, new Dictionary<string, int?>(), "P-ABCD1234", Crcn, Today)).Field);
    }

    [Fact]
    public void A_certification_needs_a_well_formed_certificate_number()
    {
        Assert.Empty(PixRules.Check(PixResultKind.Certification, Today, 412, new Dictionary<string, int?>(), "P-ABCD1234", Crcn, Today));
        Assert.Equal("CertificateNumber", Assert.Single(PixRules.Check(PixResultKind.Certification, Today, 412, new Dictionary<string, int?>(), " ", Crcn, Today)).Field);
        Assert.Equal("CertificateNumber", Assert.Single(PixRules.Check(PixResultKind.Certification, Today, 412, new Dictionary<string, int?>(), "P ABCD<1234>", Crcn, Today)).Field);
    }
}
