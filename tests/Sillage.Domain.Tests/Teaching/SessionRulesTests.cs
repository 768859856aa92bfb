using Sillage.Domain.Calendar;
using Sillage.Domain.Teaching;

namespace Sillage.Domain.Tests.Teaching;

public sealed class SessionRulesTests
{
    private static readonly Guid Cohort = Guid.NewGuid();
    private static readonly Guid OtherCohort = Guid.NewGuid();
    private static readonly Guid GroupA = Guid.NewGuid();
    private static readonly Guid GroupB = Guid.NewGuid();
    private static readonly SessionTeacher Latour = new(Guid.NewGuid(), "M. Latour");
    private static readonly SessionTeacher Smith = new(Guid.NewGuid(), "Mme Smith");
    private static readonly DateOnly Day = new(2026, 10, 6);
    private static readonly CohortDates Dates = new(new DateOnly(2026, 9, 28), new DateOnly(2027, 5, 29));
    private static readonly SchoolHoliday Toussaint = new() { Name = "Vacances de la Toussaint", Start = new(2026, 10, 17), End = new(2026, 11, 1) };

    private static SessionSlot Slot(int hour, int minutes, Guid? group = null, Guid? cohort = null, DateOnly? date = null, params SessionTeacher[] teachers) =>
        new(Guid.NewGuid(), cohort ?? Cohort, group, date ?? Day, new TimeOnly(hour, 0), minutes, teachers.Length == 0 ? [Latour] : teachers, "MC SNO");

    private static IReadOnlyList<Message> Check(SessionSlot slot, params SessionSlot[] others) => SessionRules.Check(slot, others, Dates, [Toussaint]);

    [Fact]
    public void A_session_that_fits_is_accepted()
    {
        Assert.Empty(Check(Slot(8, 120), Slot(10, 60)));
    }

    [Fact]
    public void The_same_teacher_cannot_be_in_two_places()
    {
        var problems = Check(Slot(9, 120), Slot(10, 60, cohort: OtherCohort));
        Assert.Equal("M. Latour a déjà une séance de 10:00 à 11:00 ce jour-là (MC SNO).", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_group_overlaps_the_whole_cohort_but_not_the_other_group()
    {
        Assert.Empty(Check(Slot(8, 120, GroupA), Slot(8, 120, GroupB, teachers: Smith)));
        var problems = Check(Slot(8, 120, GroupA), Slot(9, 120, null, teachers: Smith));
        Assert.StartsWith("Les mêmes apprenants ont déjà une séance de 09:00 à 11:00", Assert.Single(problems).ToString(), StringComparison.Ordinal);
        Assert.Single(Check(Slot(8, 120, GroupA), Slot(9, 120, GroupA, teachers: Smith)));
    }

    [Fact]
    public void A_session_editing_itself_does_not_overlap_itself()
    {
        var slot = Slot(8, 120);
        Assert.Empty(Check(slot with { Minutes = 180 }, slot));
    }

    [Fact]
    public void A_duration_that_does_not_fit_the_day_is_refused()
    {
        Assert.StartsWith("Une séance se tient entre 07:00 et 22:00", Assert.Single(Check(Slot(20, 180))).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("La durée doit être comprise", Assert.Single(Check(Slot(8, 5))).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("La durée doit être comprise", Assert.Single(Check(Slot(8, 11 * 60))).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Days_outside_the_cohort_dates_holidays_and_sundays_are_refused()
    {
        Assert.StartsWith("Le 1 septembre 2026 est hors des dates de formation", Assert.Single(Check(Slot(8, 60, date: new DateOnly(2026, 9, 1)))).ToString(), StringComparison.Ordinal);
        Assert.Equal("Le 20 octobre 2026 tombe pendant « Vacances de la Toussaint » (calendrier de l'établissement).",
            Assert.Single(Check(Slot(8, 60, date: new DateOnly(2026, 10, 20)))).ToString());
        Assert.Equal("Le 11 octobre 2026 est un dimanche.", Assert.Single(Check(Slot(8, 60, date: new DateOnly(2026, 10, 11)))).ToString());
    }

    [Fact]
    public void Without_a_plan_the_school_year_bounds_the_dates()
    {
        Assert.Equal(new CohortDates(new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)), CohortDates.Of("2026-2027", null));
    }
}
