using System.ComponentModel.DataAnnotations;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>The form of a PFMP period (creation and edition).</summary>
public sealed class PeriodInput
{
    [Display(Name = "Apprenant")]
    public Guid? LearnerId { get; set; }

    [Display(Name = "Structure d'accueil")]
    public Guid? HostOrganisationId { get; set; }

    [Display(Name = "Tuteur ou tutrice")]
    public Guid? TutorContactId { get; set; }

    [Display(Name = "Enseignant référent")]
    public Guid? ReferentTeacherId { get; set; }

    [Display(Name = "Premier jour")]
    [DataType(DataType.Date)]
    public DateOnly? Start { get; set; }

    [Display(Name = "Dernier jour")]
    [DataType(DataType.Date)]
    public DateOnly? End { get; set; }

    [Display(Name = "Jours de présence")]
    public List<WorkWeek> Days { get; set; } = [];

    [Display(Name = "Durée hebdomadaire (heures)")]
    public decimal? WeeklyHours { get; set; } = 35;

    [Display(Name = "L'apprenant reste dans la structure pendant les vacances scolaires (dérogation)")]
    public bool WorksDuringSchoolHolidays { get; set; }

    [Display(Name = "Lieu de la période, s'il diffère de l'adresse de la structure")]
    public string? Location { get; set; }

    [Display(Name = "Activités prévues")]
    public string? PlannedActivities { get; set; }

    [Display(Name = "Compétences visées")]
    public List<Guid> TargetIds { get; set; } = [];

    /// <summary>A PFMP under convention, or an apprentice's contract (set at creation).</summary>
    public PfmpKind Kind { get; set; }

    [Display(Name = "Numéro du contrat d'apprentissage")]
    public string? ContractNumber { get; set; }

    [Display(Name = "Semaines en entreprise")]
    public int? CompanyWeeks { get; set; }

    [Display(Name = "puis semaines au centre de formation")]
    public int? SchoolWeeks { get; set; }

    public Alternation Alternation => new(CompanyWeeks ?? 0, SchoolWeeks ?? 0);

    [Display(Name = "Enregistrer malgré le chevauchement")]
    public bool ConfirmOverlap { get; set; }

    public Guid Version { get; set; }

    public WorkWeek WorkingDays => Days.Aggregate(WorkWeek.None, (week, day) => week | day);

    public static PeriodInput From(PfmpPeriod period) => new()
    {
        LearnerId = period.LearnerId,
        HostOrganisationId = period.HostOrganisationId,
        TutorContactId = period.TutorContactId,
        ReferentTeacherId = period.ReferentTeacherId,
        Start = period.Start,
        End = period.End,
        Days = WorkWeeks.Days.Where(d => period.WorkingDays.HasFlag(d.Day)).Select(d => d.Day).ToList(),
        WeeklyHours = period.WeeklyHours,
        WorksDuringSchoolHolidays = period.WorksDuringSchoolHolidays,
        Location = period.Location,
        PlannedActivities = period.PlannedActivities,
        TargetIds = period.Targets.Select(t => t.ElementId).ToList(),
        Kind = period.Kind,
        ContractNumber = period.ContractNumber,
        CompanyWeeks = period.AlternationCompanyWeeks == 0 ? null : period.AlternationCompanyWeeks,
        SchoolWeeks = period.AlternationSchoolWeeks == 0 ? null : period.AlternationSchoolWeeks,
        Version = period.Version,
    };
}
