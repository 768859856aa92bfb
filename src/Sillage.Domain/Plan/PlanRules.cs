using System.Globalization;

namespace Sillage.Domain.Plan;

/// <summary>
/// The guide's rules for a plan de formation (section 2.1): at least 400 hours; bloc 1 130–150 h, bloc 2 170–200 h,
/// bloc 3 100–150 h; at least 40 h of English practice; 12 weeks of PFMP (the référentiel); and beyond the 400 hours,
/// 4 h of autonomous work and 2 h of external speakers each week. Every rule is reported, passed or not, with the
/// broken ones named in French.
/// </summary>
public static class PlanRules
{
    public const int MinimumHours = 400;
    public const int MinimumEnglishHours = 40;
    public const int RequiredPfmpWeeks = 12;
    public const int AutonomyHoursPerWeek = 4;
    public const int SpeakerHoursPerWeek = 2;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The hour ranges of the three blocs of the MC SNO, by bloc code.</summary>
    public static readonly IReadOnlyList<BlockRange> BlockRanges =
    [
        new("B1", 130, 150),
        new("B2", 170, 200),
        new("B3", 100, 150),
    ];

    public static IReadOnlyList<PlanRuleResult> Check(PlanFigures figures)
    {
        var results = new List<PlanRuleResult>
        {
            Rule("total", $"Au moins {MinimumHours} heures de formation", figures.TotalHours >= MinimumHours,
                $"Le total des heures de formation est de {figures.TotalHours} h : il en faut au moins {MinimumHours}."),
        };
        foreach (var range in BlockRanges)
        {
            var hours = figures.BlockHours.GetValueOrDefault(range.BlockCode);
            var name = BlockName(range.BlockCode);
            results.Add(Rule("bloc-" + range.BlockCode, $"{name} : entre {range.Minimum} et {range.Maximum} heures",
                hours >= range.Minimum && hours <= range.Maximum,
                $"{name} : {hours} h prévues, hors de la fourchette du guide ({range.Minimum} à {range.Maximum} heures)."));
        }

        results.Add(Rule("anglais", $"Au moins {MinimumEnglishHours} heures de pratique de l'anglais", figures.EnglishHours >= MinimumEnglishHours,
            $"Pratique de l'anglais : {figures.EnglishHours} h prévues, il en faut au moins {MinimumEnglishHours}."));
        results.Add(Rule("pfmp", $"{RequiredPfmpWeeks} semaines de PFMP", figures.PfmpWeeks == RequiredPfmpWeeks,
            $"PFMP : {Weeks(figures.PfmpWeeks)} prévue(s), le référentiel en fixe {RequiredPfmpWeeks}."));
        results.Add(Rule("autonomie", $"{AutonomyHoursPerWeek} h de travail en autonomie par semaine", figures.AutonomyHoursPerWeek >= AutonomyHoursPerWeek,
            $"Travail en autonomie : {figures.AutonomyHoursPerWeek} h par semaine, le guide en prévoit {AutonomyHoursPerWeek} en salle équipée."));
        results.Add(Rule("intervenants", $"{SpeakerHoursPerWeek} h par semaine pour des intervenants extérieurs", figures.SpeakerHoursPerWeek >= SpeakerHoursPerWeek,
            $"Interventions de personnes extérieures : {figures.SpeakerHoursPerWeek} h par semaine, le guide en prévoit {SpeakerHoursPerWeek}."));
        return results;
    }

    /// <summary>Only the broken rules' messages.</summary>
    public static IReadOnlyList<string> Problems(PlanFigures figures) =>
        Check(figures).Where(r => !r.Passed).Select(r => r.Problem!).ToList();

    /// <summary>"B2" → "Bloc 2".</summary>
    public static string BlockName(string code) =>
        code.Length > 1 && code[0] == 'B' && code[1..].All(char.IsAsciiDigit) ? "Bloc " + code[1..] : code;

    public static string Weeks(decimal weeks)
    {
        var text = weeks.ToString("0.#", French);
        return weeks <= 1 ? $"{text} semaine" : $"{text} semaines";
    }

    private static PlanRuleResult Rule(string code, string label, bool passed, string problem) =>
        new(code, label, passed, passed ? null : problem);
}

public sealed record BlockRange(string BlockCode, int Minimum, int Maximum);

/// <summary>What the rules look at. <see cref="PfmpWeeks"/> counts a PFMP day as a fifth of a week.</summary>
public sealed record PlanFigures(IReadOnlyDictionary<string, int> BlockHours, int EnglishHours, decimal PfmpWeeks,
    int AutonomyHoursPerWeek, int SpeakerHoursPerWeek)
{
    public int TotalHours => BlockHours.Values.Sum();

    public static PlanFigures Of(TrainingPlan plan, PlanCalendar calendar) =>
        new(plan.Blocks.ToDictionary(b => b.BlockCode, b => b.Hours), plan.EnglishHours, calendar.PfmpWeeks,
            plan.AutonomyHoursPerWeek, plan.SpeakerHoursPerWeek);
}

/// <summary>One rule: its label, and when broken, the French message naming the problem.</summary>
public sealed record PlanRuleResult(string Code, string Rule, bool Passed, string? Problem);
