using Sillage.Domain.Calendar;
using Sillage.Domain.Plan;

namespace Sillage.Domain.Tests.Plan;

public sealed class PlanCalendarTests
{
    private static readonly SchoolHoliday Toussaint = new() { Name = "Toussaint", Start = new(2026, 10, 17), End = new(2026, 11, 1) };

    private static TrainingPlan Plan(int schoolWeeks, params (DateOnly Start, int Weeks)[] pfmp)
    {
        var plan = new TrainingPlan { StartDate = new DateOnly(2026, 10, 5), IntegrationWeek = true, SchoolWeeks = schoolWeeks };
        plan.PfmpBlocks.AddRange(pfmp.Select(p => new PlanPfmpBlock { Start = p.Start, Weeks = p.Weeks }));
        return plan;
    }

    [Fact]
    public void Holiday_weeks_are_skipped_and_do_not_count_as_school_weeks()
    {
        var calendar = PlanCalendar.Build(Plan(4), [Toussaint]);
        Assert.Equal(
            [PlanWeekKind.Integration, PlanWeekKind.School, PlanWeekKind.School, PlanWeekKind.Holiday, PlanWeekKind.Holiday, PlanWeekKind.School, PlanWeekKind.School],
            calendar.Weeks.Select(w => w.Kind));
        Assert.Equal(new DateOnly(2026, 9, 28), calendar.First);
        Assert.Equal(new DateOnly(2026, 11, 13), calendar.Last);
        Assert.Equal("Toussaint", calendar.Weeks[3].Holiday);
    }

    [Fact]
    public void Pfmp_blocks_take_their_weeks_and_count_toward_the_12()
    {
        var calendar = PlanCalendar.Build(Plan(2, (new DateOnly(2026, 10, 12), 1), (new DateOnly(2026, 11, 16), 2)), []);
        Assert.Equal(3m, calendar.PfmpWeeks);
        Assert.Equal([PlanWeekKind.Integration, PlanWeekKind.School, PlanWeekKind.Pfmp, PlanWeekKind.School, PlanWeekKind.Free, PlanWeekKind.Free,
            PlanWeekKind.Free, PlanWeekKind.Pfmp, PlanWeekKind.Pfmp], calendar.Weeks.Select(w => w.Kind));
        Assert.Equal([1, 2, 2], calendar.Weeks.Where(w => w.Kind == PlanWeekKind.Pfmp).Select(w => w.PfmpBlock!.Value));
    }

    [Fact]
    public void Alternance_days_count_five_to_a_week()
    {
        var plan = Plan(10);
        plan.PfmpWeekdays = Weekdays.Thursday | Weekdays.Friday;
        Assert.Equal(4m, PlanCalendar.Build(plan, []).PfmpWeeks);
    }

    [Fact]
    public void A_pfmp_block_during_holidays_or_before_the_start_is_pointed_out()
    {
        var calendar = PlanCalendar.Build(Plan(1, (new DateOnly(2026, 10, 19), 1), (new DateOnly(2026, 9, 21), 1)), [Toussaint]);
        Assert.Contains(calendar.Warnings, w => w.ToString().Contains("passe par « Toussaint »", StringComparison.Ordinal));
        Assert.Contains(calendar.Warnings, w => w.ToString().Contains("commence avant le début de la formation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_week_with_one_or_two_days_off_stays_a_school_week()
    {
        var ascension = new SchoolHoliday { Name = "Pont", Start = new(2026, 10, 8), End = new(2026, 10, 9) };
        var week = PlanCalendar.Build(Plan(1), [ascension]).Weeks[1];
        Assert.Equal((PlanWeekKind.School, 2, "Pont"), (week.Kind, week.HolidayDays, week.Holiday));
    }

    [Fact]
    public void The_first_template_puts_its_pfmp_blocks_after_holidays_not_in_them()
    {
        var holidays = new SchoolHoliday { Name = "Fermeture", Start = new(2026, 12, 12), End = new(2026, 12, 27) };
        var plan = new TrainingPlan();
        PlanTemplates.Apply(plan, PlanTemplates.Example1, 2026, [holidays]);
        // The tenth school week from 5 October is the week of 7 December; the weeks of 14 and 21 December are closed.
        Assert.Equal(new DateOnly(2026, 12, 28), plan.PfmpBlocks[0].Start);
    }
}
