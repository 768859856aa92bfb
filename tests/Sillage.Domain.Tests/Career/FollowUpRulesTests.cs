using Sillage.Domain.Career;

namespace Sillage.Domain.Tests.Career;

public sealed class FollowUpRulesTests
{
    private static readonly DateOnly Today = new(2027, 3, 15);
    private static readonly DateOnly LeftOn = new(2026, 6, 30);

    private static FollowUpRules.Membership Cohort(string year, bool archived) => new(year, archived);

    [Fact]
    public void A_learner_of_a_running_cohort_has_not_left()
    {
        Assert.Null(FollowUpRules.LeftOn([Cohort("2025-2026", true), Cohort("2026-2027", false)], null));
    }

    [Fact]
    public void A_learner_whose_cohorts_are_all_archived_left_at_the_end_of_the_last_school_year()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), FollowUpRules.LeftOn([Cohort("2024-2025", true), Cohort("2025-2026", true)], null));
    }

    [Fact]
    public void A_deactivated_learner_left_on_the_day_of_deactivation_unless_the_year_ended_before()
    {
        Assert.Equal(new DateOnly(2027, 2, 1), FollowUpRules.LeftOn([Cohort("2026-2027", false)], new DateOnly(2027, 2, 1)));
        Assert.Equal(new DateOnly(2026, 6, 30), FollowUpRules.LeftOn([Cohort("2025-2026", true)], new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Situations_are_due_six_and_twelve_months_after_leaving()
    {
        Assert.Equal(new DateOnly(2026, 12, 30), FollowUpRules.DueOn(LeftOn, FollowUpMilestone.SixMonths));
        Assert.Equal(new DateOnly(2027, 6, 30), FollowUpRules.DueOn(LeftOn, FollowUpMilestone.TwelveMonths));
    }

    [Fact]
    public void A_complete_six_month_situation_is_accepted()
    {
        Assert.Empty(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, new DateOnly(2027, 1, 5), SituationKind.Employment, EmploymentContract.FixedTerm, null, "Mairie", null, Today));
    }

    [Fact]
    public void A_twelve_month_answer_before_the_twelve_months_is_refused()
    {
        var problems = FollowUpRules.Check(LeftOn, FollowUpMilestone.TwelveMonths, new DateOnly(2027, 3, 1), SituationKind.JobSeeking, null, null, null, null, Today);
        Assert.Equal("Milestone", Assert.Single(problems).Field);
        Assert.Contains("30 juin 2027", Assert.Single(problems).Text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_the_future_or_before_leaving_is_refused()
    {
        Assert.Equal("ObservedOn", Assert.Single(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, Today.AddDays(1), SituationKind.Other, null, null, null, null, Today)).Field);
        Assert.Equal("ObservedOn", Assert.Single(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, LeftOn.AddDays(-1), SituationKind.Other, null, null, null, null, Today)).Field);
    }

    [Fact]
    public void Employment_needs_a_contract_and_further_studies_their_name()
    {
        var day = new DateOnly(2027, 1, 5);
        Assert.Equal("Contract", Assert.Single(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, day, SituationKind.Employment, null, null, null, null, Today)).Field);
        Assert.Equal("Studies", Assert.Single(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, day, SituationKind.FurtherStudies, null, " ", null, null, Today)).Field);
        Assert.Empty(FollowUpRules.Check(LeftOn, FollowUpMilestone.SixMonths, day, SituationKind.FurtherStudies, null, "BTS SIO", null, null, Today));
    }

    [Fact]
    public void The_summary_counts_rates_among_known_situations_of_due_learners()
    {
        var earlier = new DateOnly(2025, 6, 30);
        var learners = new (DateOnly, SituationKind?)[]
        {
            (LeftOn, SituationKind.Employment), (LeftOn, SituationKind.Employment), (LeftOn, SituationKind.FurtherStudies),
            (LeftOn, null), (earlier, SituationKind.JobSeeking),

            // Left three weeks ago: not due yet, counted among those who left only.
            (Today.AddDays(-21), null),
        };
        var summary = FollowUpSummary.Of(learners, FollowUpMilestone.SixMonths, Today);
        Assert.Equal(6, summary.Left);
        Assert.Equal(5, summary.Due);
        Assert.Equal(4, summary.Known);
        Assert.Equal(2, summary.Counts[SituationKind.Employment]);
        Assert.Equal(50, summary.Rate(SituationKind.Employment));
        Assert.Equal(25, summary.Rate(SituationKind.FurtherStudies));
        Assert.Equal(0, summary.Rate(SituationKind.Other));
        Assert.Equal(80, summary.AnswerRate);
    }

    [Fact]
    public void A_summary_without_known_situations_has_no_rates()
    {
        var summary = FollowUpSummary.Of([(LeftOn, null)], FollowUpMilestone.TwelveMonths, Today);
        Assert.Equal(0, summary.Due);
        Assert.Null(summary.Rate(SituationKind.Employment));
        Assert.Null(summary.AnswerRate);
    }
}
