namespace Sillage.Domain.Plan;

/// <summary>
/// A cohort's plan de formation (guide 2.1): hours per bloc (English practice included in them), weeks in school,
/// PFMP as blocks of weeks and/or days each school week, the weekly autonomy and external-speaker slots, and the
/// start date. <see cref="PlanRules"/> checks it against the guide; <see cref="PlanCalendar"/> lays it out by week.
/// </summary>
public class TrainingPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CohortId { get; set; }

    /// <summary>First day of teaching (a Monday, early October in the guide).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>A week of welcome and integration just before <see cref="StartDate"/> (guide 3.2).</summary>
    public bool IntegrationWeek { get; set; }
    public int SchoolWeeks { get; set; }

    /// <summary>Teaching hours in a school week (20 h in the guide's first example, 13 h in the second).</summary>
    public int WeeklyClassHours { get; set; }

    /// <summary>Hours of English practice, part of the blocs' hours.</summary>
    public int EnglishHours { get; set; }
    public int AutonomyHoursPerWeek { get; set; } = PlanRules.AutonomyHoursPerWeek;
    public int SpeakerHoursPerWeek { get; set; } = PlanRules.SpeakerHoursPerWeek;
    public DayOfWeek? AutonomyDay { get; set; }
    public TimeOnly? AutonomyStart { get; set; }
    public DayOfWeek? SpeakerDay { get; set; }
    public TimeOnly? SpeakerStart { get; set; }

    /// <summary>Days spent in PFMP during each school week (alternance); none when PFMP is only in blocks.</summary>
    public Weekdays PfmpWeekdays { get; set; }

    /// <summary>The guide example the plan started from, if any.</summary>
    public string? Template { get; set; }
    public string? Notes { get; set; }

    /// <summary>Incremented by each save; the optimistic-concurrency token of the edit form.</summary>
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }

    public List<TrainingPlanBlock> Blocks { get; set; } = [];
    public List<PlanPfmpBlock> PfmpBlocks { get; set; } = [];

    public int TotalHours => Blocks.Sum(b => b.Hours);

    public int PfmpDaysPerWeek => Weekday.All.Count(d => PfmpWeekdays.HasFlag(d.Flag));

    public int HoursFor(string blockCode) => Blocks.FirstOrDefault(b => b.BlockCode == blockCode)?.Hours ?? 0;
}

/// <summary>Hours planned for one bloc of the framework.</summary>
public class TrainingPlanBlock
{
    public Guid PlanId { get; set; }
    public required string BlockCode { get; set; }
    public int Hours { get; set; }
}

/// <summary>A PFMP block: consecutive whole weeks from a Monday.</summary>
public class PlanPfmpBlock
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public DateOnly Start { get; set; }
    public int Weeks { get; set; }

    /// <summary>The Friday of the last week.</summary>
    public DateOnly End => Start.AddDays((Weeks * 7) - 3);
}

[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
}

/// <summary>The five school days with their flag and French name.</summary>
public sealed record Weekday(DayOfWeek Day, Weekdays Flag, string Label)
{
    public static readonly IReadOnlyList<Weekday> All =
    [
        new(DayOfWeek.Monday, Weekdays.Monday, "lundi"),
        new(DayOfWeek.Tuesday, Weekdays.Tuesday, "mardi"),
        new(DayOfWeek.Wednesday, Weekdays.Wednesday, "mercredi"),
        new(DayOfWeek.Thursday, Weekdays.Thursday, "jeudi"),
        new(DayOfWeek.Friday, Weekdays.Friday, "vendredi"),
    ];

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
