using Sillage.Domain.Calendar;
using Sillage.Domain.Plan;
using Sillage.Domain.Teaching;

namespace Sillage.Domain.Tests.Teaching;

public sealed class PlannedVersusDoneTests
{
    private static readonly Guid Teacher = Guid.NewGuid();
    private static readonly SchoolHoliday Toussaint = new() { Name = "Toussaint", Start = new(2026, 10, 17), End = new(2026, 11, 1) };
    private static readonly SchoolHoliday Armistice = new() { Name = "11 novembre", Start = new(2026, 11, 11), End = new(2026, 11, 11) };

    private static TrainingPlan Plan(int weeks = 20, int weekly = 20)
    {
        var plan = new TrainingPlan { StartDate = new DateOnly(2026, 10, 5), SchoolWeeks = weeks, WeeklyClassHours = weekly, EnglishHours = 40, SpeakerHoursPerWeek = 2 };
        plan.Blocks.AddRange([new() { BlockCode = "B1", Hours = 140 }, new() { BlockCode = "B2", Hours = 180 }, new() { BlockCode = "B3", Hours = 120 }]);
        return plan;
    }

    private static SessionHours Session(DateOnly date, int minutes, string block, bool english = false, bool speaker = false) =>
        new(Guid.NewGuid(), date, minutes, null, [Teacher], [block], english, speaker);

    [Fact]
    public void School_weeks_are_planned_at_the_weekly_hours_less_their_days_off_and_holiday_weeks_at_nothing()
    {
        var plan = Plan();
        var calendar = PlanCalendar.Build(plan, [Toussaint, Armistice]);
        var result = PlannedVersusDone.Build(plan, calendar, TeachingHours.Compute([], 0), new DateOnly(2026, 9, 1));

        Assert.Equal(20m, result.Weeks[0].Planned);
        Assert.Equal([0m, 0m], result.Weeks.Where(w => w.Week.Kind == PlanWeekKind.Holiday).Select(w => w.Planned));
        var armistice = result.Weeks.Single(w => w.Week.Monday == new DateOnly(2026, 11, 9));
        Assert.Equal(16m, armistice.Planned);
        Assert.Equal(19 * 20m + 16m, result.RemainingCapacity);
    }

    [Fact]
    public void A_bloc_far_behind_the_completed_weeks_is_an_alert_and_one_on_pace_is_not()
    {
        var plan = Plan();
        var calendar = PlanCalendar.Build(plan, []);
        // Four completed weeks of 20 h = 80 h of 400: 20 % of the plan, so B1 is expected at 28 h, B2 at 36 h.
        var sessions = Enumerable.Range(0, 4).SelectMany(w => new[]
        {
            Session(new DateOnly(2026, 10, 5).AddDays(7 * w), 420, "B1"),
            Session(new DateOnly(2026, 10, 6).AddDays(7 * w), 240, "B2"),
        }).ToList();
        var result = PlannedVersusDone.Build(plan, calendar, TeachingHours.Compute(sessions, 0), new DateOnly(2026, 11, 2));

        var b1 = result.Blocks.Single(b => b.Code == "B1");
        var b2 = result.Blocks.Single(b => b.Code == "B2");
        Assert.Equal(28m, b1.Expected);
        Assert.Equal(28m, b1.Done);
        Assert.False(b1.Behind);
        Assert.Equal(36m, b2.Expected);
        Assert.Equal(16m, b2.Done);
        Assert.True(b2.Behind);
        Assert.Contains(result.Alerts, a => a.ToString().StartsWith("Bloc 2 : 16 h faites, 36 h attendues", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Alerts, a => a.ToString().StartsWith("Bloc 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_gap_is_not_an_alert()
    {
        var plan = Plan();
        var calendar = PlanCalendar.Build(plan, []);
        // One completed week: B3 expected at 6 h, none done — behind by 6 h, more than 20 % and 4 h.
        // B1 expected at 7 h with 4 h done: 3 h behind, under the 4 h threshold.
        var result = PlannedVersusDone.Build(plan, calendar, TeachingHours.Compute([Session(new DateOnly(2026, 10, 5), 240, "B1")], 0), new DateOnly(2026, 10, 12));

        Assert.False(result.Blocks.Single(b => b.Code == "B1").Behind);
        Assert.True(result.Blocks.Single(b => b.Code == "B3").Behind);
    }

    [Fact]
    public void A_total_that_cannot_reach_the_plan_with_the_remaining_weeks_is_an_alert()
    {
        var plan = Plan(weeks: 20, weekly: 20);
        var calendar = PlanCalendar.Build(plan, []);
        // Ten weeks done, only 60 h recorded: 10 weeks of 20 h remain, 260 h at most < 440 h planned.
        var sessions = Enumerable.Range(0, 10).Select(w => Session(new DateOnly(2026, 10, 5).AddDays(7 * w), 360, "B2")).ToList();
        var result = PlannedVersusDone.Build(plan, calendar, TeachingHours.Compute(sessions, 0), new DateOnly(2026, 12, 14));

        Assert.Equal(200m, result.RemainingCapacity);
        Assert.Equal(260m, result.Projected);
        Assert.Contains(result.Alerts, a => a.Template.StartsWith("Au rythme du plan", StringComparison.Ordinal));
    }

    [Fact]
    public void Speakers_are_expected_two_hours_each_completed_school_week()
    {
        var plan = Plan();
        var calendar = PlanCalendar.Build(plan, []);
        var sessions = new[] { Session(new DateOnly(2026, 10, 9), 120, "B1", speaker: true) };
        var result = PlannedVersusDone.Build(plan, calendar, TeachingHours.Compute(sessions, 0), new DateOnly(2026, 11, 2));

        Assert.Equal(8m, result.Speakers.Expected);
        Assert.Equal(2m, result.Speakers.Done);
        Assert.True(result.Speakers.Behind);
        Assert.Equal(2m, result.Weeks[0].Speakers);
        Assert.Equal(0m, result.Total.Done);
    }
}
