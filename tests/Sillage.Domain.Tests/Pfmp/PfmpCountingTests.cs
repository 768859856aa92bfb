using Sillage.Domain.Calendar;
using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

public sealed class PfmpCountingTests
{
    private static readonly DateOnly FarFuture = new(2030, 1, 1);

    private static PfmpCounting.PeriodDays Period(string start, string end, WorkWeek days = WorkWeek.MondayToFriday,
        bool duringHolidays = false, params string[] absences) =>
        new(Guid.NewGuid(), $"{start}–{end}", DateOnly.Parse(start), DateOnly.Parse(end), days, duringHolidays,
            absences.Select(DateOnly.Parse).ToList());

    private static SchoolHoliday Holiday(string name, string start, string end) =>
        new() { Name = name, Start = DateOnly.Parse(start), End = DateOnly.Parse(end) };

    [Fact]
    public void Four_full_weeks_monday_to_friday_are_twenty_days()
    {
        var tally = PfmpCounting.Count([Period("2026-11-02", "2026-11-27")], [], FarFuture);

        Assert.Equal(20, tally.ExpectedDays);
        Assert.Equal(40, tally.MissingDays);
        Assert.True(tally.IsShort);
        Assert.Equal("4 semaines", PfmpCounting.Describe(tally.ExpectedDays));
    }

    [Fact]
    public void A_partial_week_counts_its_days_only()
    {
        // Wednesday 4 to Tuesday 10 November: Wed, Thu, Fri, then Mon, Tue.
        var tally = PfmpCounting.Count([Period("2026-11-04", "2026-11-10")], [], FarFuture);

        Assert.Equal(5, tally.ExpectedDays);
        Assert.Equal((1, 0), PfmpCounting.InWeeks(tally.ExpectedDays));
    }

    [Fact]
    public void A_period_over_a_weekend_only_counts_nothing()
    {
        var tally = PfmpCounting.Count([Period("2026-11-07", "2026-11-08")], [], FarFuture);
        Assert.Equal(0, tally.ExpectedDays);
        Assert.Equal("0 jour", PfmpCounting.Describe(0));
    }

    [Fact]
    public void Recorded_absences_are_taken_off_and_absences_on_non_working_days_are_ignored()
    {
        // The Saturday absence is not a day of presence: it changes nothing.
        var tally = PfmpCounting.Count([Period("2026-11-02", "2026-11-13", absences: ["2026-11-05", "2026-11-06", "2026-11-07"])], [], FarFuture);

        Assert.Equal(8, tally.ExpectedDays);
        Assert.Equal(2, tally.AbsentDays);
        Assert.Equal(2, tally.Periods.Single().AbsentDays);
        Assert.Equal("1 semaine et 3 jours", PfmpCounting.Describe(8));
    }

    [Fact]
    public void Several_periods_add_up_to_the_twelve_weeks()
    {
        var periods = new[]
        {
            Period("2026-11-02", "2026-11-27"), // 4 weeks
            Period("2027-01-04", "2027-01-29"), // 4 weeks
            Period("2027-03-01", "2027-03-26"), // 4 weeks
        };

        var tally = PfmpCounting.Count(periods, [], FarFuture);

        Assert.Equal(60, tally.ExpectedDays);
        Assert.Equal(0, tally.MissingDays);
        Assert.False(tally.IsShort);
        Assert.True(tally.IsComplete);
        Assert.Empty(tally.Overlaps);
    }

    [Fact]
    public void One_absence_makes_twelve_planned_weeks_short_by_a_day()
    {
        var periods = new[]
        {
            Period("2026-11-02", "2026-11-27", absences: ["2026-11-19"]),
            Period("2027-01-04", "2027-01-29"),
            Period("2027-03-01", "2027-03-26"),
        };

        var tally = PfmpCounting.Count(periods, [], FarFuture);

        Assert.Equal(59, tally.ExpectedDays);
        Assert.Equal(1, tally.MissingDays);
        Assert.Equal("11 semaines et 4 jours", PfmpCounting.Describe(tally.ExpectedDays));
    }

    [Fact]
    public void Two_days_a_week_over_thirty_weeks_make_twelve_weeks()
    {
        // The guide's second example: 2 days a week at the host. Thursdays and Fridays from 1 October 2026 for 30 weeks.
        var tally = PfmpCounting.Count([Period("2026-10-01", "2027-04-23", WorkWeek.Thursday | WorkWeek.Friday)], [], FarFuture);

        Assert.Equal(60, tally.ExpectedDays);
    }

    [Fact]
    public void Overlapping_periods_count_shared_days_once_and_report_the_overlap()
    {
        var first = Period("2026-11-02", "2026-11-13");  // 10 days
        var second = Period("2026-11-09", "2026-11-20"); // 10 days, 5 shared

        var tally = PfmpCounting.Count([first, second], [], FarFuture);

        Assert.Equal(15, tally.ExpectedDays);
        var overlap = Assert.Single(tally.Overlaps);
        Assert.Equal(first.PeriodId, overlap.FirstId);
        Assert.Equal(second.PeriodId, overlap.SecondId);
        Assert.Equal(new DateOnly(2026, 11, 9), overlap.From);
        Assert.Equal(new DateOnly(2026, 11, 13), overlap.To);
        Assert.Equal(5, overlap.SharedDays);
        Assert.All(tally.Periods, p => Assert.Equal(10, p.ExpectedDays));
    }

    [Fact]
    public void Periods_on_different_weekdays_of_the_same_weeks_overlap_in_dates_but_share_no_day()
    {
        var tally = PfmpCounting.Count(
            [Period("2026-11-02", "2026-11-27", WorkWeek.Monday | WorkWeek.Tuesday), Period("2026-11-02", "2026-11-27", WorkWeek.Thursday)], [], FarFuture);

        Assert.Equal(12, tally.ExpectedDays);
        Assert.Equal(0, Assert.Single(tally.Overlaps).SharedDays);
    }

    [Fact]
    public void School_holiday_days_are_not_expected_and_the_overlap_is_reported()
    {
        var holiday = Holiday("Vacances de Noël", "2026-12-19", "2027-01-03");

        var tally = PfmpCounting.Count([Period("2026-12-14", "2027-01-08")], [holiday], FarFuture);

        // 14–18 Dec and 4–8 Jan: 10 days; the 10 weekdays of the holidays are not expected.
        Assert.Equal(10, tally.ExpectedDays);
        Assert.Equal(10, tally.Periods.Single().HolidayDays);
        var overlap = Assert.Single(tally.HolidayOverlaps);
        Assert.Equal("Vacances de Noël", overlap.HolidayName);
        Assert.Equal(new DateOnly(2026, 12, 19), overlap.From);
        Assert.Equal(new DateOnly(2027, 1, 3), overlap.To);
        Assert.Equal(10, overlap.Days);
        Assert.False(overlap.Counted);
    }

    [Fact]
    public void A_period_running_through_the_holidays_counts_them_and_still_reports_them()
    {
        var holiday = Holiday("Vacances de Noël", "2026-12-19", "2027-01-03");

        var tally = PfmpCounting.Count([Period("2026-12-14", "2027-01-08", duringHolidays: true)], [holiday], FarFuture);

        Assert.Equal(20, tally.ExpectedDays);
        Assert.True(Assert.Single(tally.HolidayOverlaps).Counted);
    }

    [Fact]
    public void A_holiday_outside_the_period_is_not_reported()
    {
        var tally = PfmpCounting.Count([Period("2026-11-02", "2026-11-27")], [Holiday("Vacances de Noël", "2026-12-19", "2027-01-03")], FarFuture);

        Assert.Empty(tally.HolidayOverlaps);
        Assert.False(tally.HasWarnings);
    }

    [Fact]
    public void Done_days_stop_at_today_and_absences_before_today_are_not_done()
    {
        // Monday 16 November: 2–13 (10 days) and the 16th, minus the absence of the 5th.
        var tally = PfmpCounting.Count([Period("2026-11-02", "2026-11-27", absences: ["2026-11-05"])], [], new DateOnly(2026, 11, 16));

        Assert.Equal(10, tally.DoneDays);
        Assert.Equal(19, tally.ExpectedDays);
        Assert.False(tally.IsComplete);
    }

    [Fact]
    public void No_period_means_twelve_weeks_missing()
    {
        var tally = PfmpCounting.Count([], [], FarFuture);

        Assert.Equal(0, tally.ExpectedDays);
        Assert.Equal(60, tally.MissingDays);
    }

    [Theory]
    [InlineData(1, "1 jour")]
    [InlineData(5, "1 semaine")]
    [InlineData(6, "1 semaine et 1 jour")]
    [InlineData(60, "12 semaines")]
    [InlineData(62, "12 semaines et 2 jours")]
    public void Days_are_described_in_weeks_and_days(int days, string expected) => Assert.Equal(expected, PfmpCounting.Describe(days));
}
