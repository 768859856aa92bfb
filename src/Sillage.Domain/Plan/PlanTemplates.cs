namespace Sillage.Domain.Plan;

/// <summary>
/// The guide's two examples of répartition horaire (section 2.1) as starting points. The guide gives ranges for the
/// blocs: the templates take the lower bound of each (130 + 170 + 100 = 400 h), 40 h of English, 4 h of autonomy and
/// 2 h of speakers a week, a start on the first Monday of October after an integration week. Where the guide is
/// silent — when the PFMP blocks fall, which days are spent in PFMP — the template proposes a placement to adjust.
/// </summary>
public static class PlanTemplates
{
    public const string Example1 = "exemple-1";
    public const string Example2 = "exemple-2";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (Example1, "Exemple 1 du guide : 20 semaines en établissement (20 h d'enseignement) et 12 semaines de PFMP"),
        (Example2, "Exemple 2 du guide : 30 semaines en établissement (13 h en classe) et 2 jours par semaine en PFMP"),
    ];

    public static string? Label(string? code) => All.FirstOrDefault(t => t.Code == code).Label;

    /// <summary>The first Monday of October of the school year's first year ("2026-2027" → 5 October 2026).</summary>
    public static DateOnly SuggestedStart(int firstYear)
    {
        var day = new DateOnly(firstYear, 10, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Fills the plan's figures from a template (its cohort, id and version stay).</summary>
    public static void Apply(TrainingPlan plan, string template, int firstYear, IReadOnlyList<Calendar.SchoolHoliday> holidays)
    {
        plan.Template = template;
        plan.StartDate = SuggestedStart(firstYear);
        plan.IntegrationWeek = true;
        plan.EnglishHours = PlanRules.MinimumEnglishHours;
        plan.AutonomyHoursPerWeek = PlanRules.AutonomyHoursPerWeek;
        plan.SpeakerHoursPerWeek = PlanRules.SpeakerHoursPerWeek;
        plan.Blocks.Clear();
        foreach (var range in PlanRules.BlockRanges)
        {
            plan.Blocks.Add(new TrainingPlanBlock { PlanId = plan.Id, BlockCode = range.BlockCode, Hours = range.Minimum });
        }

        plan.PfmpBlocks.Clear();
        if (template == Example2)
        {
            plan.SchoolWeeks = 30;
            plan.WeeklyClassHours = 13;
            plan.PfmpWeekdays = Weekdays.Thursday | Weekdays.Friday;
            return;
        }

        // Example 1: two blocks of six weeks, after the 10th and after the 20th school week.
        plan.SchoolWeeks = 20;
        plan.WeeklyClassHours = 20;
        plan.PfmpWeekdays = Weekdays.None;
        plan.PfmpBlocks.Add(new PlanPfmpBlock { PlanId = plan.Id, Start = NextFreeMonday(plan, 10, holidays), Weeks = 6 });
        plan.PfmpBlocks.Add(new PlanPfmpBlock { PlanId = plan.Id, Start = NextFreeMonday(plan, 20, holidays), Weeks = 6 });
    }

    /// <summary>The first Monday after the given number of school weeks that is not a holiday week.</summary>
    private static DateOnly NextFreeMonday(TrainingPlan plan, int schoolWeeks, IReadOnlyList<Calendar.SchoolHoliday> holidays)
    {
        var planned = plan.SchoolWeeks;
        plan.SchoolWeeks = schoolWeeks;
        var weeks = PlanCalendar.Build(plan, holidays).Weeks;
        plan.SchoolWeeks = planned;
        var monday = weeks.Where(w => w.Kind is PlanWeekKind.School or PlanWeekKind.Pfmp).Select(w => w.Monday).DefaultIfEmpty(Weekday.Monday(plan.StartDate)).Max().AddDays(7);
        while (PlanCalendar.HolidayDays(monday, holidays).Days >= PlanCalendar.HolidayWeekDays)
        {
            monday = monday.AddDays(7);
        }

        return monday;
    }
}
