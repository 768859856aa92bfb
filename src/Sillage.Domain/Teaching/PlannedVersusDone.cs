using Sillage.Domain.Plan;

namespace Sillage.Domain.Teaching;

/// <summary>
/// A cohort's hours done set against its plan, week by week. A school week is planned at the plan's weekly class
/// hours, less its days off (a bank holiday in a school week takes a fifth of it, or its share of the days in
/// school when PFMP days alternate); the plan's hours of a bloc are expected to be reached at the same pace as the
/// weekly hours. Alerts: a bloc (or English, or the outside speakers) more than 20 % and 4 h behind what the
/// completed weeks expected, and a total that cannot reach the guide's 400 hours with the weeks that remain.
/// </summary>
public sealed class PlannedVersusDone
{
    public const decimal BehindRatio = 0.8m;
    public const decimal BehindHours = 4m;

    private PlannedVersusDone()
    {
    }

    public IReadOnlyList<WeekProgress> Weeks { get; private init; } = [];
    public IReadOnlyList<LineProgress> Blocks { get; private init; } = [];
    public LineProgress English { get; private init; } = null!;
    public LineProgress Speakers { get; private init; } = null!;
    public LineProgress Total { get; private init; } = null!;

    /// <summary>Class hours the remaining weeks (the current one included) can still hold, at the plan's pace.</summary>
    public decimal RemainingCapacity { get; private init; }
    public decimal Projected => Total.Done + RemainingCapacity;
    public IReadOnlyList<Message> Alerts { get; private init; } = [];

    /// <summary>Class hours the plan gives a week: the weekly hours less its days off for a school week, none otherwise.</summary>
    public static decimal PlannedHours(TrainingPlan plan, PlanWeek week)
    {
        var schoolDays = 5 - plan.PfmpDaysPerWeek;
        return week.Kind == PlanWeekKind.School && schoolDays > 0
            ? plan.WeeklyClassHours * Math.Max(0, schoolDays - week.HolidayDays) / (decimal)schoolDays
            : 0;
    }

    public static PlannedVersusDone Build(TrainingPlan plan, PlanCalendar calendar, TeachingHours done, DateOnly today)
    {
        var weeks = new List<WeekProgress>();
        decimal cumulativePlanned = 0, cumulativeDone = 0, plannedToDate = 0, speakersToDate = 0, capacity = 0;
        foreach (var week in calendar.Weeks)
        {
            var planned = PlannedHours(plan, week);
            var speakers = week.Kind == PlanWeekKind.School ? plan.SpeakerHoursPerWeek : 0;
            var (hours, speakerHours) = done.ByWeek.GetValueOrDefault(week.Monday);
            cumulativePlanned += planned;
            cumulativeDone += hours;
            var completed = week.Friday < today;
            if (completed)
            {
                plannedToDate += planned;
                speakersToDate += speakers;
            }
            else
            {
                capacity += planned;
            }

            weeks.Add(new WeekProgress(week, Math.Round(planned, 2), hours, speakerHours, Math.Round(cumulativePlanned, 2), cumulativeDone, completed));
        }

        // Sessions outside the calendar's weeks still count in the totals.
        var pace = cumulativePlanned == 0 ? 0 : plannedToDate / cumulativePlanned;
        var blocks = plan.Blocks.OrderBy(b => b.BlockCode).Select(b =>
        {
            var range = PlanRules.BlockRanges.FirstOrDefault(r => r.BlockCode == b.BlockCode);
            return new LineProgress(b.BlockCode, PlanRules.BlockName(b.BlockCode), b.Hours, done.ByBlock.GetValueOrDefault(b.BlockCode),
                Math.Round(b.Hours * pace, 1), range?.Minimum, range?.Maximum);
        }).ToList();
        var englishPlanned = Math.Max(plan.EnglishHours, PlanRules.MinimumEnglishHours);
        var english = new LineProgress("anglais", new Message("Pratique de l'anglais"), englishPlanned, done.English, Math.Round(englishPlanned * pace, 1),
            PlanRules.MinimumEnglishHours, null);
        var speakerLine = new LineProgress("intervenants", new Message("Intervenants extérieurs"), calendar.SchoolWeeks * plan.SpeakerHoursPerWeek, done.Speakers,
            speakersToDate, null, null);
        var total = new LineProgress("total", new Message("Total des blocs"), plan.TotalHours, done.Total, Math.Round(plan.TotalHours * pace, 1),
            PlanRules.MinimumHours, null);

        var alerts = new List<Message>();
        foreach (var line in blocks.Append(english).Append(speakerLine).Where(l => l.Behind))
        {
            alerts.Add(new Message("{0} : {1:0.#} h faites, {2:0.#} h attendues à cette date d'après le plan ({3:0.#} h de retard).",
                line.Name, line.Done, line.Expected, line.Expected - line.Done));
        }

        var minimum = Math.Max(PlanRules.MinimumHours, plan.TotalHours);
        if (done.Total + capacity < minimum && calendar.Last is { } last)
        {
            alerts.Add(new Message("Au rythme du plan, les semaines restantes jusqu'au {0:d MMMM yyyy} permettent encore {1:0.#} h : le total atteindrait {2:0.#} h, moins que les {3} h prévues.",
                last, capacity, done.Total + capacity, minimum));
        }

        return new PlannedVersusDone
        {
            Weeks = weeks, Blocks = blocks, English = english, Speakers = speakerLine, Total = total,
            RemainingCapacity = Math.Round(capacity, 1), Alerts = alerts,
        };
    }
}

/// <param name="Planned">Class hours the plan gives the week.</param>
/// <param name="Done">Blocs' hours done that week (speakers apart).</param>
/// <param name="Completed">The week's Friday is past.</param>
public sealed record WeekProgress(PlanWeek Week, decimal Planned, decimal Done, decimal Speakers, decimal CumulativePlanned, decimal CumulativeDone, bool Completed);

/// <param name="Planned">The plan's hours for the whole training.</param>
/// <param name="Expected">What the completed weeks should have given, at the plan's pace.</param>
/// <param name="GuideMinimum">The guide's range, when it gives one.</param>
public sealed record LineProgress(string Code, Message Name, decimal Planned, decimal Done, decimal Expected, int? GuideMinimum, int? GuideMaximum)
{
    public bool Behind => Expected > 0 && Done < Expected * PlannedVersusDone.BehindRatio && Expected - Done >= PlannedVersusDone.BehindHours;

    public decimal Percent => Planned == 0 ? 0 : Math.Round(Done * 100 / Planned);
}
