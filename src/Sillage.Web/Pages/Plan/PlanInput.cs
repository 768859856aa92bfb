using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Plan;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Pages.Plan;

/// <summary>The plan form. Input errors (a missing date, overlapping PFMP blocks) stop the save; the guide's rules
/// do not — a plan in progress can be saved, and the plan page names every rule it breaks.</summary>
public sealed class PlanInput
{
    [Display(Name = "Début de la formation")]
    [DataType(DataType.Date)]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Semaine d'accueil et d'intégration juste avant")]
    public bool IntegrationWeek { get; set; }

    [Display(Name = "Semaines en établissement")]
    public int? SchoolWeeks { get; set; }

    [Display(Name = "Heures d'enseignement par semaine")]
    public int? WeeklyClassHours { get; set; }

    public Dictionary<string, int?> BlockHours { get; set; } = [];

    [Display(Name = "dont heures de pratique de l'anglais")]
    public int? EnglishHours { get; set; }

    [Display(Name = "Travail en autonomie (h par semaine)")]
    public int? AutonomyHoursPerWeek { get; set; }

    [Display(Name = "Jour")]
    public DayOfWeek? AutonomyDay { get; set; }

    [Display(Name = "Heure")]
    public TimeOnly? AutonomyStart { get; set; }

    [Display(Name = "Intervenants extérieurs (h par semaine)")]
    public int? SpeakerHoursPerWeek { get; set; }

    [Display(Name = "Jour")]
    public DayOfWeek? SpeakerDay { get; set; }

    [Display(Name = "Heure")]
    public TimeOnly? SpeakerStart { get; set; }

    public List<Weekdays> PfmpWeekdays { get; set; } = [];
    public List<BlockRow> PfmpBlocks { get; set; } = [];

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    public sealed class BlockRow
    {
        public DateOnly? Start { get; set; }
        public int? Weeks { get; set; }
    }

    public static PlanInput From(TrainingPlan plan, IEnumerable<string> blockCodes) => new()
    {
        StartDate = plan.StartDate, IntegrationWeek = plan.IntegrationWeek, SchoolWeeks = plan.SchoolWeeks, WeeklyClassHours = plan.WeeklyClassHours,
        BlockHours = blockCodes.Union(plan.Blocks.Select(b => b.BlockCode)).ToDictionary(c => c, c => (int?)plan.HoursFor(c)),
        EnglishHours = plan.EnglishHours, AutonomyHoursPerWeek = plan.AutonomyHoursPerWeek, AutonomyDay = plan.AutonomyDay, AutonomyStart = plan.AutonomyStart,
        SpeakerHoursPerWeek = plan.SpeakerHoursPerWeek, SpeakerDay = plan.SpeakerDay, SpeakerStart = plan.SpeakerStart,
        PfmpWeekdays = Weekday.All.Where(d => plan.PfmpWeekdays.HasFlag(d.Flag)).Select(d => d.Flag).ToList(),
        PfmpBlocks = plan.PfmpBlocks.OrderBy(b => b.Start).Select(b => new BlockRow { Start = b.Start, Weeks = b.Weeks }).ToList(),
        Notes = plan.Notes, Version = plan.Version,
    };

    public void Validate(ModelStateDictionary state, IStringLocalizer l)
    {
        void Error(string field, Message message) => state.AddMessage(l, $"Input.{field}", message);

        void Range(int? value, string field, int max, Message what)
        {
            if (value is null or < 0 || value > max)
            {
                Error(field, new Message("{0} : saisissez un nombre entier de 0 à {1}.", what, max));
            }
        }

        if (StartDate is null)
        {
            Error("StartDate", new Message("Saisissez la date de début de la formation."));
        }

        Range(SchoolWeeks, nameof(SchoolWeeks), 52, new Message("Semaines en établissement"));
        Range(WeeklyClassHours, nameof(WeeklyClassHours), 40, new Message("Heures d'enseignement par semaine"));
        foreach (var (code, hours) in BlockHours)
        {
            Range(hours, $"BlockHours[{code}]", 1000, new Message("Heures du bloc {0}", code));
        }

        Range(EnglishHours, nameof(EnglishHours), 1000, new Message("Heures de pratique de l'anglais"));
        if (EnglishHours > BlockHours.Values.Sum(h => h ?? 0))
        {
            Error("EnglishHours", new Message("Les heures d'anglais font partie des heures des blocs : elles ne peuvent pas dépasser leur total."));
        }

        Range(AutonomyHoursPerWeek, nameof(AutonomyHoursPerWeek), 20, new Message("Travail en autonomie"));
        Range(SpeakerHoursPerWeek, nameof(SpeakerHoursPerWeek), 20, new Message("Intervenants extérieurs"));
        if ((AutonomyDay is null) != (AutonomyStart is null) || (SpeakerDay is null) != (SpeakerStart is null))
        {
            Error("AutonomyDay", new Message("Pour placer un créneau dans le calendrier, donnez à la fois son jour et son heure (ou ni l'un ni l'autre)."));
        }

        if (AutonomyDay is DayOfWeek.Saturday or DayOfWeek.Sunday || SpeakerDay is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            Error("AutonomyDay", new Message("Un créneau se place un jour de classe (du lundi au vendredi)."));
        }

        var blocks = new List<(DateOnly Start, DateOnly End, int Row)>();
        for (var i = 0; i < PfmpBlocks.Count; i++)
        {
            var row = PfmpBlocks[i];
            if (row.Start is null && row.Weeks is null)
            {
                continue;
            }

            if (row.Start is not { } start || row.Weeks is not (> 0 and <= 20))
            {
                Error($"PfmpBlocks[{i}].Start", new Message("Période de PFMP n° {0} : donnez le lundi où elle commence et sa durée (1 à 20 semaines).", i + 1));
                continue;
            }

            if (start.DayOfWeek != DayOfWeek.Monday)
            {
                Error($"PfmpBlocks[{i}].Start", new Message("Période de PFMP n° {0} : elle commence un lundi (le {1:dd/MM/yyyy} est un {1:dddd}).", i + 1, start));
                continue;
            }

            var end = start.AddDays((row.Weeks.Value * 7) - 1);
            if (blocks.FirstOrDefault(b => b.Start <= end && start <= b.End) is { Row: > 0 } overlap)
            {
                Error($"PfmpBlocks[{i}].Start", new Message("Les périodes de PFMP n° {0} et n° {1} se chevauchent.", overlap.Row, i + 1));
            }

            blocks.Add((start, end, i + 1));
        }

        if (Notes is { Length: > 4000 })
        {
            Error("Notes", new Message("Les notes tiennent en 4 000 caractères."));
        }
    }

    public void ApplyTo(TrainingPlan plan)
    {
        plan.StartDate = StartDate!.Value;
        plan.IntegrationWeek = IntegrationWeek;
        plan.SchoolWeeks = SchoolWeeks!.Value;
        plan.WeeklyClassHours = WeeklyClassHours!.Value;
        foreach (var (code, hours) in BlockHours)
        {
            var block = plan.Blocks.FirstOrDefault(b => b.BlockCode == code);
            if (block is null)
            {
                plan.Blocks.Add(block = new TrainingPlanBlock { PlanId = plan.Id, BlockCode = code });
            }

            block.Hours = hours!.Value;
        }

        plan.EnglishHours = EnglishHours!.Value;
        plan.AutonomyHoursPerWeek = AutonomyHoursPerWeek!.Value;
        plan.AutonomyDay = AutonomyDay;
        plan.AutonomyStart = AutonomyStart;
        plan.SpeakerHoursPerWeek = SpeakerHoursPerWeek!.Value;
        plan.SpeakerDay = SpeakerDay;
        plan.SpeakerStart = SpeakerStart;
        plan.PfmpWeekdays = PfmpWeekdays.Aggregate(Weekdays.None, (all, d) => all | (d & (Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday)));
        plan.PfmpBlocks.Clear();
        foreach (var row in PfmpBlocks.Where(r => r.Start is not null && r.Weeks is not null).OrderBy(r => r.Start))
        {
            plan.PfmpBlocks.Add(new PlanPfmpBlock { PlanId = plan.Id, Start = row.Start!.Value, Weeks = row.Weeks!.Value });
        }

        plan.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }
}
