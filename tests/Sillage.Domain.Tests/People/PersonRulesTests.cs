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
    public void A_missing_name_says_which_one() => Assert.Equal("Prénom manquant.", PersonRules.CheckName(" ", new Message("Prénom"))?.ToString());

    [Fact]
    public void A_birth_date_making_a_learner_too_young_is_refused()
    {
        var today = new DateOnly(2026, 9, 1);
        Assert.Null(PersonRules.CheckBirthDate(new DateOnly(2007, 3, 12), today));
        Assert.NotNull(PersonRules.CheckBirthDate(new DateOnly(2020, 3, 12), today));
        Assert.NotNull(PersonRules.CheckBirthDate(new DateOnly(1900, 3, 12), today));
    }

    [Fact]
    public void A_birth_date_in_the_future_says_so()
    {
        var today = new DateOnly(2026, 11, 16);
        Assert.Equal("Date de naissance 12/03/2030 dans le futur : vérifiez l'année.", PersonRules.CheckBirthDate(new DateOnly(2030, 3, 12), today)?.ToString());
    }

    [Theory]
    [InlineData(2016, 9, 1, true)] // 10 on the first day of the school year 2026-2027
    [InlineData(2016, 9, 2, false)]
    [InlineData(1926, 9, 1, true)] // 100
    [InlineData(1925, 8, 31, false)] // 101
    public void The_age_at_the_start_of_the_school_year_is_between_10_and_100(int year, int month, int day, bool plausible)
    {
        var problem = PersonRules.CheckBirthDate(new DateOnly(year, month, day), new DateOnly(2027, 3, 1));
        Assert.Equal(plausible, problem is null);
        if (problem is not null)
        {
            Assert.DoesNotContain("-", problem.ToString(), StringComparison.Ordinal);
            Assert.Contains("moins de 10 ans ou plus de 100 ans à la rentrée", problem.ToString(), StringComparison.Ordinal);
        }
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
