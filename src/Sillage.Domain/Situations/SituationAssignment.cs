namespace Sillage.Domain.Situations;

/// <summary>
/// A situation given to a cohort, to a group of it, or to chosen learners, for a period. Group membership is
/// read when needed: a learner who changes group follows the group's situations.
/// </summary>
public class SituationAssignment
{
    /// <summary>A situation lasts days or weeks; more than a school year is a typing error.</summary>
    public const int MaxDays = 366;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SituationId { get; set; }
    public Guid CohortId { get; set; }
    public AssignmentScope Scope { get; set; }
    public Guid? GroupId { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public Guid? AssignedById { get; set; }
    public DateTime AssignedAt { get; set; }

    public List<SituationAssignmentLearner> Learners { get; set; } = [];

    public AssignmentStatus StatusOn(DateOnly day) =>
        day < Start ? AssignmentStatus.Upcoming : day > End ? AssignmentStatus.Past : AssignmentStatus.Current;

    /// <summary>The problems of an assignment's period and target, in French; empty when it can be saved.</summary>
    public static IReadOnlyList<string> Check(DateOnly? start, DateOnly? end, AssignmentScope scope, Guid? groupId, int learnerCount)
    {
        var problems = new List<string>();
        if (start is null || end is null)
        {
            problems.Add("Saisissez la date de début et la date de fin.");
        }
        else if (end < start)
        {
            problems.Add("La date de fin doit suivre la date de début.");
        }
        else if (end.Value.DayNumber - start.Value.DayNumber > MaxDays)
        {
            problems.Add("Une situation de plus d'un an : vérifiez les dates.");
        }

        if (scope == AssignmentScope.Group && groupId is null)
        {
            problems.Add("Choisissez le groupe.");
        }

        if (scope == AssignmentScope.Learners && learnerCount == 0)
        {
            problems.Add("Cochez au moins un apprenant.");
        }

        return problems;
    }
}

/// <summary>Who receives a situation.</summary>
public enum AssignmentScope
{
    Cohort = 1,
    Group = 2,
    Learners = 3,
}

public enum AssignmentStatus
{
    Upcoming = 1,
    Current = 2,
    Past = 3,
}

/// <summary>A learner chosen by name for an assignment of scope <see cref="AssignmentScope.Learners"/>.</summary>
public class SituationAssignmentLearner
{
    public Guid AssignmentId { get; set; }
    public Guid LearnerId { get; set; }
}
