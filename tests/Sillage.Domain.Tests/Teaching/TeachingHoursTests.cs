using Sillage.Domain.Teaching;

namespace Sillage.Domain.Tests.Teaching;

public sealed class TeachingHoursTests
{
    private static readonly Guid Eco = Guid.NewGuid();
    private static readonly Guid English = Guid.NewGuid();
    private static readonly Guid GroupA = Guid.NewGuid();
    private static readonly Guid GroupB = Guid.NewGuid();
    private static readonly DateOnly Monday = new(2026, 10, 5);

    private static SessionHours Session(int minutes, Guid? group, Guid[] teachers, string[] blocks, bool english = false, bool speaker = false, int day = 0) =>
        new(Guid.NewGuid(), Monday.AddDays(day), minutes, group, teachers, blocks, english, speaker);

    [Fact]
    public void A_joint_session_counts_once_for_the_cohort_and_once_for_each_teacher()
    {
        var hours = TeachingHours.Compute([Session(120, null, [Eco, English], ["B3"], english: true)], groupCount: 2);

        Assert.Equal(2m, hours.Total);
        Assert.Equal(2m, hours.ByBlock["B3"]);
        Assert.Equal(2m, hours.English);
        Assert.Equal(2m, hours.ByTeacher[Eco]);
        Assert.Equal(2m, hours.ByTeacher[English]);
    }

    [Fact]
    public void A_teacher_named_twice_in_a_session_counts_once()
    {
        var hours = TeachingHours.Compute([Session(60, null, [Eco, Eco], ["B1"])], groupCount: 0);
        Assert.Equal(1m, hours.ByTeacher[Eco]);
    }

    [Fact]
    public void Half_group_sessions_give_the_cohort_the_hours_an_average_learner_received()
    {
        // Group A then group B, the same two hours each: each learner had 2 h, the teacher gave 4 h.
        var hours = TeachingHours.Compute([Session(120, GroupA, [Eco], ["B1"]), Session(120, GroupB, [Eco], ["B1"])], groupCount: 2);

        Assert.Equal(2m, hours.Total);
        Assert.Equal(2m, hours.ByBlock["B1"]);
        Assert.Equal(4m, hours.ByTeacher[Eco]);
    }

    [Fact]
    public void A_session_on_two_blocs_shares_its_hours_and_one_naming_none_is_unassigned()
    {
        var hours = TeachingHours.Compute([Session(180, null, [Eco], ["B1", "B2", "B1"]), Session(60, null, [Eco], [])], groupCount: 0);

        Assert.Equal(1.5m, hours.ByBlock["B1"]);
        Assert.Equal(1.5m, hours.ByBlock["B2"]);
        Assert.Equal(1m, hours.Unassigned);
        Assert.Equal(4m, hours.Total);
    }

    [Fact]
    public void Outside_speakers_count_apart_from_the_blocs_and_by_week()
    {
        var hours = TeachingHours.Compute([Session(120, null, [Eco], ["B2"], speaker: true), Session(60, null, [Eco], ["B2"], day: 8)], groupCount: 0);

        Assert.Equal(2m, hours.Speakers);
        Assert.Equal(1m, hours.Total);
        Assert.False(hours.ByBlock.ContainsKey("B2") && hours.ByBlock["B2"] != 1m);
        Assert.Equal((0m, 2m), hours.ByWeek[Monday]);
        Assert.Equal((1m, 0m), hours.ByWeek[Monday.AddDays(7)]);
    }
}
