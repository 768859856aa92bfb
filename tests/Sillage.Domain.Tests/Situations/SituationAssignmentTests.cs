using Sillage.Domain.Situations;

namespace Sillage.Domain.Tests.Situations;

public sealed class SituationAssignmentTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public void Dates_and_target_are_checked_in_french()
    {
        Assert.Empty(SituationAssignment.Check(Day, Day.AddDays(10), AssignmentScope.Cohort, null, 0));
        Assert.Equal(["La date de fin doit suivre la date de début."], SituationAssignment.Check(Day, Day.AddDays(-1), AssignmentScope.Cohort, null, 0));
        Assert.Equal(["Saisissez la date de début et la date de fin."], SituationAssignment.Check(null, Day, AssignmentScope.Cohort, null, 0));
        Assert.Equal(["Une situation de plus d'un an : vérifiez les dates."], SituationAssignment.Check(Day, Day.AddDays(400), AssignmentScope.Cohort, null, 0));
        Assert.Equal(["Choisissez le groupe."], SituationAssignment.Check(Day, Day, AssignmentScope.Group, null, 0));
        Assert.Equal(["Cochez au moins un apprenant."], SituationAssignment.Check(Day, Day, AssignmentScope.Learners, null, 0));
    }

    [Fact]
    public void The_status_follows_the_day()
    {
        var assignment = new SituationAssignment { Start = Day, End = Day.AddDays(5) };
        Assert.Equal(AssignmentStatus.Upcoming, assignment.StatusOn(Day.AddDays(-1)));
        Assert.Equal(AssignmentStatus.Current, assignment.StatusOn(Day));
        Assert.Equal(AssignmentStatus.Current, assignment.StatusOn(Day.AddDays(5)));
        Assert.Equal(AssignmentStatus.Past, assignment.StatusOn(Day.AddDays(6)));
    }
}
