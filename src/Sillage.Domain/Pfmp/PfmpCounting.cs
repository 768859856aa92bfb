using Sillage.Domain.Calendar;

namespace Sillage.Domain.Pfmp;

/// <summary>
/// Counts a learner's PFMP against the référentiel's twelve weeks. Sillage counts in days of presence: a week is
/// <see cref="DaysPerWeek"/> days, so twelve weeks are 60 days, whatever the rhythm (five days a week, or two
/// days a week over thirty weeks as in the guide's second example). A day counts when it falls in a period, on
/// one of its weekdays, outside the school holidays (unless the period runs through them), and the learner was
/// not absent. A day two periods share counts once; the overlap is reported, as is a period running into a
/// school holiday.
/// </summary>
public static class PfmpCounting
{
    /// <summary>Douze semaines de PFMP (arrêté du 14 décembre 2020).</summary>
    public const int RequiredWeeks = 12;

    /// <summary>Sillage's unit: a week of presence is five days.</summary>
    public const int DaysPerWeek = 5;

    public const int RequiredDays = RequiredWeeks * DaysPerWeek;

    /// <summary>The days of one period, as the counting needs them.</summary>
    public sealed record PeriodDays(Guid PeriodId, string Label, DateOnly Start, DateOnly End, WorkWeek WorkingDays,
        bool WorksDuringSchoolHolidays, IReadOnlyCollection<DateOnly> Absences, Alternation Alternation = default);

    /// <param name="ScheduledDays">Days the learner is expected at the host.</param>
    /// <param name="HolidayDays">Days of the rhythm inside school holidays (expected only when the period runs through them).</param>
    /// <param name="AbsentDays">Expected days recorded as absences.</param>
    /// <param name="ExpectedDays">Scheduled minus absent: what the period gives once over.</param>
    /// <param name="DoneDays">Expected days up to today.</param>
    public sealed record PeriodTally(Guid PeriodId, int ScheduledDays, int HolidayDays, int AbsentDays, int ExpectedDays, int DoneDays);

    public sealed record PeriodOverlap(Guid FirstId, string FirstLabel, Guid SecondId, string SecondLabel, DateOnly From, DateOnly To, int SharedDays);

    public sealed record HolidayOverlap(Guid PeriodId, string PeriodLabel, string HolidayName, DateOnly From, DateOnly To, int Days, bool Counted);

    public sealed record Tally(IReadOnlyList<PeriodTally> Periods, int ExpectedDays, int DoneDays, int AbsentDays,
        IReadOnlyList<PeriodOverlap> Overlaps, IReadOnlyList<HolidayOverlap> HolidayOverlaps)
    {
        public int RequiredDays => PfmpCounting.RequiredDays;

        /// <summary>Days still to plan so that the periods reach twelve weeks.</summary>
        public int MissingDays => Math.Max(0, RequiredDays - ExpectedDays);

        public bool IsShort => ExpectedDays < RequiredDays;

        /// <summary>Twelve weeks done (the E2 épreuve waits for it).</summary>
        public bool IsComplete => DoneDays >= RequiredDays;

        public bool HasWarnings => Overlaps.Count > 0 || HolidayOverlaps.Count > 0;
    }

    public static Tally Count(IReadOnlyList<PeriodDays> periods, IReadOnlyList<SchoolHoliday> holidays, DateOnly today)
    {
        var tallies = new List<PeriodTally>();
        var expectedSets = new Dictionary<Guid, HashSet<DateOnly>>();
        var holidayOverlaps = new List<HolidayOverlap>();
        foreach (var period in periods)
        {
            var rhythm = WorkingDaysBetween(period.Start, period.End, period.WorkingDays, period.Alternation, period.Start);
            var inHolidays = rhythm.Where(d => holidays.Any(h => h.Start <= d && d <= h.End)).ToHashSet();
            var scheduled = period.WorksDuringSchoolHolidays ? rhythm : rhythm.Where(d => !inHolidays.Contains(d)).ToList();
            var absences = period.Absences.ToHashSet();
            var expected = scheduled.Where(d => !absences.Contains(d)).ToHashSet();
            expectedSets[period.PeriodId] = expected;
            tallies.Add(new PeriodTally(period.PeriodId, scheduled.Count, inHolidays.Count, scheduled.Count - expected.Count,
                expected.Count, expected.Count(d => d <= today)));
            foreach (var holiday in holidays.Where(h => h.Overlaps(period.Start, period.End)).OrderBy(h => h.Start))
            {
                var from = Max(holiday.Start, period.Start);
                var to = Min(holiday.End, period.End);
                var days = rhythm.Count(d => from <= d && d <= to);
                if (days > 0)
                {
                    holidayOverlaps.Add(new HolidayOverlap(period.PeriodId, period.Label, holiday.Name, from, to, days, period.WorksDuringSchoolHolidays));
                }
            }
        }

        var overlaps = new List<PeriodOverlap>();
        for (var i = 0; i < periods.Count; i++)
        {
            for (var j = i + 1; j < periods.Count; j++)
            {
                var (a, b) = (periods[i], periods[j]);
                var from = Max(a.Start, b.Start);
                var to = Min(a.End, b.End);
                if (from > to)
                {
                    continue;
                }

                var shared = WorkingDaysBetween(from, to, a.WorkingDays & b.WorkingDays).Count;
                overlaps.Add(new PeriodOverlap(a.PeriodId, a.Label, b.PeriodId, b.Label, from, to, shared));
            }
        }

        var union = expectedSets.Values.SelectMany(d => d).ToHashSet();
        return new Tally(tallies, union.Count, union.Count(d => d <= today), tallies.Sum(t => t.AbsentDays), overlaps, holidayOverlaps);
    }

    /// <summary>The dates from <paramref name="from"/> to <paramref name="to"/> (inclusive) on the given weekdays.</summary>
    public static IReadOnlyList<DateOnly> WorkingDaysBetween(DateOnly from, DateOnly to, WorkWeek days) =>
        WorkingDaysBetween(from, to, days, Alternation.None, from);

    /// <summary>The days of the rhythm from <paramref name="from"/> to <paramref name="to"/>, in the company weeks of an
    /// alternation that started on <paramref name="rhythmStart"/> (the contract's first day).</summary>
    public static IReadOnlyList<DateOnly> WorkingDaysBetween(DateOnly from, DateOnly to, WorkWeek days, Alternation alternation, DateOnly rhythmStart)
    {
        var result = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (days.Includes(day.DayOfWeek) && alternation.IsCompanyWeek(rhythmStart, day))
            {
                result.Add(day);
            }
        }

        return result;
    }

    /// <summary>Days as whole weeks and remaining days: 57 → (11, 2).</summary>
    public static (int Weeks, int Days) InWeeks(int days) => (days / DaysPerWeek, days % DaysPerWeek);

    /// <summary>"11 semaines et 2 jours", "1 semaine", "3 jours", "0 jour".</summary>
    public static string Describe(int days)
    {
        var (weeks, rest) = InWeeks(days);
        var weekText = weeks == 1 ? "1 semaine" : $"{weeks} semaines";
        var dayText = rest == 1 ? "1 jour" : $"{rest} jours";
        return (weeks, rest) switch
        {
            (0, 0) => "0 jour",
            (0, _) => dayText,
            (_, 0) => weekText,
            _ => $"{weekText} et {dayText}",
        };
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
