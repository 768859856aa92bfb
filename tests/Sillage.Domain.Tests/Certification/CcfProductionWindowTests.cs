using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfProductionWindowTests
{
    private static readonly DateTime Start = new(2027, 4, 6, 8, 0, 0, DateTimeKind.Utc);
    private static readonly CcfSitting Sitting = new() { ExamCode = "E3", SituationCode = "E3-B", StartsAt = Start, DurationMinutes = 120 };

    [Fact]
    public void The_english_source_is_visible_only_during_the_candidates_two_hours()
    {
        var candidate = new CcfCandidate();
        Assert.False(CcfProductionWindow.SourceVisible(Sitting, candidate, Start.AddSeconds(-1)));
        Assert.True(CcfProductionWindow.SourceVisible(Sitting, candidate, Start));
        Assert.True(CcfProductionWindow.SourceVisible(Sitting, candidate, Start.AddMinutes(119)));
        Assert.False(CcfProductionWindow.SourceVisible(Sitting, candidate, Start.AddMinutes(120)));
    }

    [Fact]
    public void Extra_time_keeps_the_source_visible_longer() =>
        Assert.True(CcfProductionWindow.SourceVisible(Sitting, new CcfCandidate { ExtraTimePercent = 33 }, Start.AddMinutes(150)));

    [Fact]
    public void An_absent_candidate_does_not_see_the_source() =>
        Assert.False(CcfProductionWindow.SourceVisible(Sitting, new CcfCandidate { Attendance = CcfAttendance.Absent }, Start.AddMinutes(10)));

    [Fact]
    public void A_production_uploaded_after_the_candidates_time_is_kept_and_marked_late()
    {
        var candidate = new CcfCandidate();
        Assert.False(CcfProductionWindow.IsLate(Sitting, candidate, Start.AddMinutes(119)));
        Assert.True(CcfProductionWindow.IsLate(Sitting, candidate, Start.AddMinutes(120)));
        Assert.False(CcfProductionWindow.IsLate(Sitting, new CcfCandidate { ExtraTimePercent = 33 }, Start.AddMinutes(120)));
    }
}
