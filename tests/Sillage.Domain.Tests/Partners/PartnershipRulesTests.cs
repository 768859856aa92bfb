using Sillage.Domain.Partners;

namespace Sillage.Domain.Tests.Partners;

public sealed class PartnershipRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid Cohort = Guid.NewGuid();
    private static readonly Guid Learner = Guid.NewGuid();

    private static PartnershipRules.Draft Draft(
        DateOnly? date = null, TimeOnly? start = null, TimeOnly? end = null, decimal? hours = null,
        Guid[]? learners = null, PartnershipRules.Contribution[]? contributions = null, bool cohortLinked = true) =>
        new(date ?? Today.AddDays(-10), start, end, hours, [Partner], learners ?? [], contributions ?? [],
            cohortLinked ? new Dictionary<Guid, IReadOnlySet<Guid>> { [Cohort] = new HashSet<Guid> { Learner } } : new Dictionary<Guid, IReadOnlySet<Guid>>());

    private static IEnumerable<string> Fields(PartnershipRules.Draft draft) => PartnershipRules.Check(draft, Today).Select(e => e.Field);

    [Fact]
    public void A_complete_event_passes() =>
        Assert.Empty(PartnershipRules.Check(Draft(start: new(9, 0), end: new(11, 0), hours: 2, learners: [Learner],
            contributions: [new(Partner, 1500.50m, "2026-2027")]), Today));

    [Theory]
    [InlineData(10, 10)]
    [InlineData(11, 9)]
    public void The_end_must_come_after_the_start(int start, int end) =>
        Assert.Equal(["EndTime"], Fields(Draft(start: new(start, 0), end: new(end, 0))));

    [Fact]
    public void A_start_without_an_end_is_refused() => Assert.Equal(["EndTime"], Fields(Draft(start: new(9, 0))));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public void Hours_are_positive_and_within_the_events_length(string hours) =>
        Assert.Equal(["Hours"], Fields(Draft(start: new(9, 0), end: new(11, 0), hours: decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Hours_without_times_are_only_bounded() =>
        Assert.Empty(Fields(Draft(hours: 6)));

    [Theory]
    [InlineData("0")]
    [InlineData("-20")]
    [InlineData("10.005")]
    public void An_amount_is_positive_with_two_decimals_at_most(string amount) =>
        Assert.Equal(["Contributions[0].Amount"], Fields(Draft(contributions: [new(Partner, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "2026-2027")])));

    [Theory]
    [InlineData("2026-2028")]
    [InlineData("2026/2027")]
    [InlineData("")]
    public void A_contributions_school_year_is_two_following_years(string year) =>
        Assert.Equal(["Contributions[0].SchoolYear"], Fields(Draft(contributions: [new(Partner, 100, year)])));

    [Fact]
    public void A_contribution_comes_from_a_partner_of_the_event() =>
        Assert.Equal(["Contributions[0].PartnerId"], Fields(Draft(contributions: [new(Guid.NewGuid(), 100, "2026-2027")])));

    [Fact]
    public void Learners_must_belong_to_a_linked_cohort()
    {
        Assert.Equal(["LearnerIds"], Fields(Draft(learners: [Guid.NewGuid()])));
        Assert.Equal(["LearnerIds"], Fields(Draft(learners: [Learner], cohortLinked: false)));
    }

    [Theory]
    [InlineData(-11)]
    [InlineData(3)]
    public void The_date_is_within_a_plausible_range(int years) =>
        Assert.Equal(["Date"], Fields(Draft(date: Today.AddYears(years))));

    [Theory]
    [InlineData("2026-09-01", "2026-2027")]
    [InlineData("2026-08-31", "2025-2026")]
    [InlineData("2027-01-15", "2026-2027")]
    public void The_reports_school_year_runs_from_september_to_august(string date, string year) =>
        Assert.Equal(year, PartnershipRules.SchoolYearOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Only_interventions_count_speaker_hours()
    {
        Assert.True(new PartnershipAction { Title = "x", Kind = PartnershipKind.Intervention, Hours = 2 }.CountsSpeakerHours);
        Assert.False(new PartnershipAction { Title = "x", Kind = PartnershipKind.Forum, Hours = 2 }.CountsSpeakerHours);
    }
}
