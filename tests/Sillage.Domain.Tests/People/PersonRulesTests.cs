using Sillage.Domain.People;

namespace Sillage.Domain.Tests.People;

public sealed class PersonRulesTests
{
    [Theory]
    [InlineData("lea.moreau@example.org", true)]
    [InlineData("lea.moreau@example", false)]
    [InlineData("lea moreau@example.org", false)]
    [InlineData("", false)]
    public void Email_check(string email, bool valid) => Assert.Equal(valid, PersonRules.CheckEmail(email) is null);

    [Fact]
    public void A_missing_name_says_which_one() => Assert.Equal("Prénom manquant.", PersonRules.CheckName(" ", "Prénom"));

    [Fact]
    public void A_birth_date_making_a_learner_too_young_is_refused()
    {
        var today = new DateOnly(2026, 9, 1);
        Assert.Null(PersonRules.CheckBirthDate(new DateOnly(2007, 3, 12), today));
        Assert.NotNull(PersonRules.CheckBirthDate(new DateOnly(2020, 3, 12), today));
        Assert.NotNull(PersonRules.CheckBirthDate(new DateOnly(1900, 3, 12), today));
    }

    [Fact]
    public void School_years_are_consecutive_years()
    {
        Assert.True(Cohort.IsValidSchoolYear("2026-2027"));
        Assert.False(Cohort.IsValidSchoolYear("2026-2028"));
        Assert.False(Cohort.IsValidSchoolYear("2026/2027"));
    }

    [Fact]
    public void Folding_ignores_case_and_accents() => Assert.Equal("securite oeuvre", TextFolding.Fold("Sécurité Œuvre"));
}
