using Sillage.Domain.Certification.Ccf;

namespace Sillage.Domain.Tests.Certification;

public sealed class CcfSittingTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly (Guid, CcfEvaluatorRole)[] TeacherAndProfessional =
        [(Guid.NewGuid(), CcfEvaluatorRole.Teacher), (Guid.NewGuid(), CcfEvaluatorRole.Professional)];

    private static List<string> Check(DateTime startsAt, int minutes = 40, string? room = "B12", bool remote = false, bool withCandidate = true,
        (Guid, CcfEvaluatorRole)[]? evaluators = null, int candidates = 3) =>
        CcfSitting.Check(startsAt, minutes, room, remote, withCandidate, evaluators ?? TeacherAndProfessional, candidates, Now).Select(m => m.ToString()).ToList();

    [Fact]
    public void A_complete_schedule_has_no_problem() => Assert.Empty(Check(Now.AddDays(7)));

    [Fact]
    public void An_oral_in_the_past_is_refused_a_situation_without_the_candidate_may_be_dated_back()
    {
        Assert.Equal(["La date de passage est déjà passée : choisissez une date à venir."], Check(Now.AddDays(-1)));
        Assert.Empty(Check(Now.AddDays(-1), room: null, withCandidate: false));
    }

    [Fact]
    public void An_oral_needs_a_room_unless_it_is_held_remotely()
    {
        Assert.Equal(["Indiquez la salle, ou choisissez « à distance »."], Check(Now.AddDays(1), room: " "));
        Assert.Empty(Check(Now.AddDays(1), room: null, remote: true));
    }

    [Fact]
    public void A_sitting_needs_a_teacher_of_the_speciality_among_its_evaluators() =>
        Assert.Equal(["Il faut au moins un évaluateur enseignant de la spécialité."],
            Check(Now.AddDays(1), evaluators: [(Guid.NewGuid(), CcfEvaluatorRole.Professional)]));

    [Fact]
    public void The_same_evaluator_twice_is_refused()
    {
        var teacher = Guid.NewGuid();
        Assert.Equal(["Un évaluateur est choisi deux fois."], Check(Now.AddDays(1), evaluators: [(teacher, CcfEvaluatorRole.Teacher), (teacher, CcfEvaluatorRole.Professional)]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void A_duration_outside_a_school_day_is_refused(int minutes) => Assert.Single(Check(Now.AddDays(1), minutes));

    [Fact]
    public void A_sitting_without_candidate_is_refused() => Assert.Single(Check(Now.AddDays(1), candidates: 0));

    [Fact]
    public void Extra_time_lengthens_the_candidates_sitting_rounded_up_to_the_minute()
    {
        var sitting = new CcfSitting { ExamCode = "E3", SituationCode = "E3-B", StartsAt = Now, DurationMinutes = 120 };
        var tiersTemps = new CcfCandidate { ExtraTimePercent = 33 };
        Assert.Equal(40, tiersTemps.ExtraMinutes(120));
        Assert.Equal(Now.AddMinutes(160), sitting.EndsAtFor(tiersTemps));
        Assert.Equal(Now.AddMinutes(120), sitting.EndsAtFor(new CcfCandidate()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Extra_time_outside_0_100_percent_is_refused(int percent) => Assert.NotNull(CcfCandidate.CheckAccommodation(percent, null));

    [Fact]
    public void An_absent_or_postponed_candidate_cannot_be_marked_for_an_oral_a_situation_without_the_candidate_can()
    {
        Assert.False(new CcfCandidate { Attendance = CcfAttendance.Absent }.MayBeMarked(withCandidate: true));
        Assert.False(new CcfCandidate { Attendance = CcfAttendance.Postponed }.MayBeMarked(withCandidate: true));
        Assert.False(new CcfCandidate { Attendance = CcfAttendance.Convened }.MayBeMarked(withCandidate: true));
        Assert.True(new CcfCandidate { Attendance = CcfAttendance.Present }.MayBeMarked(withCandidate: true));
        Assert.True(new CcfCandidate { Attendance = CcfAttendance.Convened }.MayBeMarked(withCandidate: false));
    }
}
