namespace Sillage.Domain.Plan;

/// <summary>
/// The guide's rules for a plan de formation (section 2.1): at least 400 hours; bloc 1 130–150 h, bloc 2 170–200 h,
/// bloc 3 100–150 h; at least 40 h of English practice; 12 weeks of PFMP (the référentiel); and beyond the 400 hours,
/// 4 h of autonomous work and 2 h of external speakers each week. Every rule is reported, passed or not, with the
/// broken ones named (French templates, translated by the web layer).
/// </summary>
public static class PlanRules
{
    public const int MinimumHours = 400;
    public const int MinimumEnglishHours = 40;
    public const int RequiredPfmpWeeks = 12;
    public const int AutonomyHoursPerWeek = 4;
    public const int SpeakerHoursPerWeek = 2;

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
            Rule("total", new Message("Au moins {0} heures de formation", MinimumHours), figures.TotalHours >= MinimumHours,
                new Message("Le total des heures de formation est de {0} h : il en faut au moins {1}.", figures.TotalHours, MinimumHours)),
        };
        foreach (var range in BlockRanges)
        {
            var hours = figures.BlockHours.GetValueOrDefault(range.BlockCode);
            var name = BlockName(range.BlockCode);
            results.Add(Rule("bloc-" + range.BlockCode, new Message("{0} : entre {1} et {2} heures", name, range.Minimum, range.Maximum),
                hours >= range.Minimum && hours <= range.Maximum,
                new Message("{0} : {1} h prévues, hors de la fourchette du guide ({2} à {3} heures).", name, hours, range.Minimum, range.Maximum)));
        }

        results.Add(Rule("anglais", new Message("Au moins {0} heures de pratique de l'anglais", MinimumEnglishHours), figures.EnglishHours >= MinimumEnglishHours,
            new Message("Pratique de l'anglais : {0} h prévues, il en faut au moins {1}.", figures.EnglishHours, MinimumEnglishHours)));
        results.Add(Rule("pfmp", new Message("{0} semaines de PFMP", RequiredPfmpWeeks), figures.PfmpWeeks == RequiredPfmpWeeks,
            new Message("PFMP : {0} prévue(s), le référentiel en fixe {1}.", Weeks(figures.PfmpWeeks), RequiredPfmpWeeks)));
        results.Add(Rule("autonomie", new Message("{0} h de travail en autonomie par semaine", AutonomyHoursPerWeek), figures.AutonomyHoursPerWeek >= AutonomyHoursPerWeek,
            new Message("Travail en autonomie : {0} h par semaine, le guide en prévoit {1} en salle équipée.", figures.AutonomyHoursPerWeek, AutonomyHoursPerWeek)));
        results.Add(Rule("intervenants", new Message("{0} h par semaine pour des intervenants extérieurs", SpeakerHoursPerWeek), figures.SpeakerHoursPerWeek >= SpeakerHoursPerWeek,
            new Message("Interventions de personnes extérieures : {0} h par semaine, le guide en prévoit {1}.", figures.SpeakerHoursPerWeek, SpeakerHoursPerWeek)));
        return results;
    }

    /// <summary>Only the broken rules' messages.</summary>
    public static IReadOnlyList<Message> Problems(PlanFigures figures) =>
        Check(figures).Where(r => !r.Passed).Select(r => r.Problem!).ToList();

    /// <summary>"B2" → "Bloc 2" (a code of another shape is shown as it is).</summary>
    public static Message BlockName(string code) =>
        code.Length > 1 && code[0] == 'B' && code[1..].All(char.IsAsciiDigit) ? new Message("Bloc {0}", code[1..]) : new Message("{0}", code);

    public static Message Weeks(decimal weeks) =>
        weeks <= 1 ? new Message("{0:0.#} semaine", weeks) : new Message("{0:0.#} semaines", weeks);

    private static PlanRuleResult Rule(string code, Message label, bool passed, Message problem) =>
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

/// <summary>One rule: its label, and when broken, the message naming the problem.</summary>
public sealed record PlanRuleResult(string Code, Message Rule, bool Passed, Message? Problem);
