using Sillage.Domain.Calendar;
using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

/// <summary>An apprentice's company time stands for the PFMP: E2's twelve weeks are counted on the days of the
/// contract's rhythm — the weekly days, in the company weeks of the alternation — holidays included (an employee).</summary>
public sealed class ApprenticeshipCountingTests
{
    private static readonly DateOnly FarFuture = new(2030, 1, 1);

    private static PfmpCounting.PeriodDays Contract(string start, string end, WorkWeek days, Alternation alternation, params string[] absences) =>
        new(Guid.NewGuid(), "contrat", DateOnly.Parse(start), DateOnly.Parse(end), days, WorksDuringSchoolHolidays: true,
            absences.Select(DateOnly.Parse).ToList(), alternation);

    [Fact]
    public void Two_weeks_in_the_company_then_one_at_school_count_ten_days_in_three_weeks()
    {
        // Monday 7 September 2026, for 18 weeks: six cycles of 2 + 1 weeks → twelve company weeks.
        var tally = PfmpCounting.Count([Contract("2026-09-07", "2027-01-08", WorkWeek.MondayToFriday, new Alternation(2, 1))], [], FarFuture);

        Assert.Equal(60, tally.ExpectedDays);
        Assert.False(tally.IsShort);
        Assert.True(tally.IsComplete);
    }

    [Fact]
    public void The_alternation_starts_with_the_week_of_the_first_day_even_mid_week()
    {
        // Thursday 10 September: that week (Thu, Fri) and the next are in the company, the third at school.
        var days = PfmpCounting.WorkingDaysBetween(new DateOnly(2026, 9, 10), new DateOnly(2026, 10, 2), WorkWeek.MondayToFriday,
            new Alternation(2, 1), new DateOnly(2026, 9, 10));

        Assert.Equal(new DateOnly(2026, 9, 10), days[0]);
        Assert.Equal(7, days.Count(d => d <= new DateOnly(2026, 9, 18)));
        Assert.DoesNotContain(days, d => d >= new DateOnly(2026, 9, 21) && d <= new DateOnly(2026, 9, 25));
        Assert.Contains(new DateOnly(2026, 9, 28), days);
    }

    [Fact]
    public void Three_days_a_week_in_the_company_need_twenty_weeks_for_the_sixty_days()
    {
        var rhythm = WorkWeek.Monday | WorkWeek.Tuesday | WorkWeek.Wednesday;
        var nineteen = PfmpCounting.Count([Contract("2026-09-07", "2027-01-15", rhythm, Alternation.None)], [], FarFuture);
        var twenty = PfmpCounting.Count([Contract("2026-09-07", "2027-01-22", rhythm, Alternation.None)], [], FarFuture);

        Assert.Equal(57, nineteen.ExpectedDays);
        Assert.True(nineteen.IsShort);
        Assert.Equal(60, twenty.ExpectedDays);
    }

    [Fact]
    public void An_apprentice_works_through_school_holidays_and_absences_are_taken_off()
    {
        var holidays = new[] { new SchoolHoliday { Name = "Toussaint", Start = new DateOnly(2026, 10, 17), End = new DateOnly(2026, 11, 1) } };
        var tally = PfmpCounting.Count([Contract("2026-10-19", "2026-10-30", WorkWeek.MondayToFriday, Alternation.None, "2026-10-20")], holidays, FarFuture);

        Assert.Equal(9, tally.ExpectedDays);
        Assert.Equal(1, tally.AbsentDays);
    }

    [Fact]
    public void Only_the_days_done_by_today_count_as_done()
    {
        var tally = PfmpCounting.Count([Contract("2026-09-07", "2027-01-08", WorkWeek.MondayToFriday, new Alternation(2, 1))], [], new DateOnly(2026, 9, 27));

        // Weeks of 7 and 14 September in the company, 21 September at school.
        Assert.Equal(10, tally.DoneDays);
        Assert.False(tally.IsComplete);
    }

    [Theory]
    [InlineData(0, 0, WorkWeek.MondayToFriday, "aucun jour de formation")]
    [InlineData(2, 0, WorkWeek.Monday, "de 1 à 12 semaines")]
    [InlineData(13, 1, WorkWeek.MondayToFriday, "de 1 à 12 semaines")]
    public void A_rhythm_that_leaves_no_training_days_or_weeks_out_of_range_is_refused(int company, int school, WorkWeek days, string message)
    {
        var problem = Assert.Single(new Alternation(company, school).Check(days));
        Assert.Contains(message, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Four_days_a_week_or_full_weeks_in_alternation_leave_training_time()
    {
        Assert.Empty(Alternation.None.Check(WorkWeek.Monday | WorkWeek.Tuesday | WorkWeek.Wednesday | WorkWeek.Thursday));
        Assert.Empty(new Alternation(3, 1).Check(WorkWeek.MondayToFriday));
    }

    [Fact]
    public void A_contract_overlapping_a_placement_convention_is_refused_naming_it()
    {
        var problems = PfmpPeriod.CheckContract(new DateOnly(2026, 9, 7), new DateOnly(2027, 6, 30), WorkWeek.MondayToFriday, new Alternation(2, 1),
            [("Mairie de Ville-Fictive", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 27)), ("Avant", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))]);

        var problem = Assert.Single(problems);
        Assert.Contains("« Mairie de Ville-Fictive » du 02/11/2026 au 27/11/2026", problem.ToString(), StringComparison.Ordinal);
    }
}
