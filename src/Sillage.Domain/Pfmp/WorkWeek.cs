using System.Numerics;

namespace Sillage.Domain.Pfmp;

/// <summary>The days of the week the learner spends at the host: Monday to Friday for a block period, two
/// days a week for the alternating rhythm of the guide's second example.</summary>
[Flags]
public enum WorkWeek
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
}

public static class WorkWeeks
{
    public static readonly IReadOnlyList<(WorkWeek Day, DayOfWeek DayOfWeek)> Days =
    [
        (WorkWeek.Monday, DayOfWeek.Monday), (WorkWeek.Tuesday, DayOfWeek.Tuesday), (WorkWeek.Wednesday, DayOfWeek.Wednesday),
        (WorkWeek.Thursday, DayOfWeek.Thursday), (WorkWeek.Friday, DayOfWeek.Friday), (WorkWeek.Saturday, DayOfWeek.Saturday),
    ];

    public static bool Includes(this WorkWeek week, DayOfWeek day) =>
        Days.Any(d => d.DayOfWeek == day && week.HasFlag(d.Day));

    public static int DaysPerWeek(this WorkWeek week) => BitOperations.PopCount((uint)week);
}
