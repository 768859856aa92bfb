using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

/// <summary>The calendar of an apprentice's rhythm: each week of the contract, in the company, at the training
/// centre or shared between the two.</summary>
public sealed class RhythmWeeksTests
{
    [Fact]
    public void Two_weeks_in_the_company_then_one_at_school_repeat_from_the_first_week()
    {
        // Thursday 10 September 2026 to Friday 16 October: six weeks, the first starting mid-week.
        var weeks = new Alternation(2, 1).Weeks(new DateOnly(2026, 9, 10), new DateOnly(2026, 10, 16), WorkWeek.MondayToFriday);

        Assert.Equal(6, weeks.Count);
        Assert.Equal(new DateOnly(2026, 9, 7), weeks[0].Monday);
        Assert.Equal([WeekPlace.Company, WeekPlace.Company, WeekPlace.School, WeekPlace.Company, WeekPlace.Company, WeekPlace.School], weeks.Select(w => w.Place));
        Assert.Equal(WorkWeek.None, weeks[2].CompanyDays);
    }

    [Fact]
    public void A_weekly_rhythm_of_days_shares_every_week()
    {
        const WorkWeek threeDays = WorkWeek.Monday | WorkWeek.Tuesday | WorkWeek.Wednesday;
        var weeks = Alternation.None.Weeks(new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 27), threeDays);

        Assert.Equal(3, weeks.Count);
        Assert.All(weeks, w => Assert.Equal(WeekPlace.Shared, w.Place));
        Assert.All(weeks, w => Assert.Equal(threeDays, w.CompanyDays));
    }

    [Fact]
    public void Company_weeks_of_an_alternation_with_fewer_days_are_shared()
    {
        var weeks = new Alternation(1, 1).Weeks(new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 20), WorkWeek.Monday | WorkWeek.Tuesday | WorkWeek.Wednesday | WorkWeek.Thursday);

        Assert.Equal([WeekPlace.Shared, WeekPlace.School], weeks.Select(w => w.Place));
    }
}
