using Sillage.Domain.Pfmp;

namespace Sillage.Domain.Tests.Pfmp;

public sealed class PfmpPeriodTests
{
    private static readonly DateTime At = new(2026, 11, 16, 9, 0, 0, DateTimeKind.Utc);

    private static PfmpPeriod SignedPeriod()
    {
        var period = PfmpPeriod.New(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        period.Start = new DateOnly(2026, 11, 2);
        period.End = new DateOnly(2026, 11, 27);
        period.Convention.RecordSignedOutsidePlatform(new ConventionActor(Guid.NewGuid(), "Claire Fontaine", "référent"), At, "scan.pdf");
        return period;
    }

    [Fact]
    public void Absences_over_several_days_record_only_the_expected_days_once()
    {
        var period = SignedPeriod();

        // Thursday 5 to Monday 9 November: Thu, Fri, Mon.
        Assert.Null(period.RecordAbsences(new(2026, 11, 5), new(2026, 11, 9), "Maladie", true, Guid.NewGuid(), At));
        Assert.Null(period.RecordAbsences(new(2026, 11, 9), new(2026, 11, 9), null, false, Guid.NewGuid(), At));

        Assert.Equal([new(2026, 11, 5), new(2026, 11, 6), new DateOnly(2026, 11, 9)], period.Absences.Select(a => a.Day).Order());
        Assert.True(period.Absences.Single(a => a.Day == new DateOnly(2026, 11, 9)).Justified);
    }

    [Fact]
    public void Absences_outside_the_period_or_before_signature_are_refused()
    {
        var period = SignedPeriod();
        Assert.NotNull(period.RecordAbsences(new(2026, 11, 30), new(2026, 11, 30), null, false, Guid.NewGuid(), At));
        Assert.NotNull(period.RecordAbsences(new(2026, 11, 7), new(2026, 11, 8), null, false, Guid.NewGuid(), At));

        var draft = PfmpPeriod.New(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), At);
        draft.Start = period.Start;
        draft.End = period.End;
        Assert.NotNull(draft.RecordAbsences(new(2026, 11, 5), new(2026, 11, 5), null, false, Guid.NewGuid(), At));
        Assert.Empty(period.Absences);
        Assert.Empty(draft.Absences);
    }

    [Theory]
    [InlineData("2026-11-27", "2026-11-02", WorkWeek.MondayToFriday, 35)]
    [InlineData("2026-11-02", "2026-11-27", WorkWeek.None, 35)]
    [InlineData("2026-11-07", "2026-11-08", WorkWeek.MondayToFriday, 35)]
    [InlineData("2026-11-02", "2026-11-27", WorkWeek.MondayToFriday, 0)]
    [InlineData("2026-11-02", "2028-11-27", WorkWeek.MondayToFriday, 35)]
    public void Unusable_schedules_are_explained(string start, string end, WorkWeek days, int hours) =>
        Assert.NotEmpty(PfmpPeriod.CheckSchedule(DateOnly.Parse(start), DateOnly.Parse(end), days, hours));

    [Fact]
    public void A_usual_schedule_has_no_problem() =>
        Assert.Empty(PfmpPeriod.CheckSchedule(new(2026, 11, 2), new(2026, 11, 27), WorkWeek.MondayToFriday, 35));

    [Fact]
    public void Visits_are_recorded_only_once_they_happened()
    {
        var visit = new PfmpVisit { PlannedOn = new(2026, 11, 20), Mode = VisitMode.OnSite };
        Assert.NotNull(visit.Record(new(2026, 11, 20), VisitMode.OnSite, "M. Morel", null, new(2026, 11, 16)));
        Assert.False(visit.IsDone);
        Assert.Null(visit.Record(new(2026, 11, 13), VisitMode.Video, " M. Morel, tuteur ", " Bonne intégration ", new(2026, 11, 16)));
        Assert.True(visit.IsDone);
        Assert.Equal("M. Morel, tuteur", visit.PeopleMet);
        Assert.Equal(VisitMode.Video, visit.Mode);
    }

    [Fact]
    public void Placements_in_one_or_several_structures_are_told_apart()
    {
        var a = Guid.NewGuid();
        Assert.Equal(PlacementStrategy.None, PlacementStrategies.Of([]));
        Assert.Equal(PlacementStrategy.SameStructure, PlacementStrategies.Of([a, a]));
        Assert.Equal(PlacementStrategy.SeveralStructures, PlacementStrategies.Of([a, Guid.NewGuid()]));
    }
}
