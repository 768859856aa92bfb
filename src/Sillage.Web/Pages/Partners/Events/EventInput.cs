using System.ComponentModel.DataAnnotations;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Partners.Events;

/// <summary>A partnership event as its form enters it: the event, its partners, cohorts, learners and tax amounts.</summary>
public sealed class EventInput
{
    /// <summary>Blank contribution lines the form offers besides the recorded ones.</summary>
    public const int BlankContributions = 2;

    [Display(Name = "Type d'évènement")]
    public PartnershipKind? Kind { get; set; }

    [Display(Name = "Intitulé")]
    public string? Title { get; set; }

    [Display(Name = "Date")]
    [DataType(DataType.Date)]
    public DateOnly? Date { get; set; }

    [Display(Name = "Heure de début")]
    [DataType(DataType.Time)]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Heure de fin")]
    [DataType(DataType.Time)]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Lieu")]
    public string? Place { get; set; }

    [Display(Name = "Heures comptées avec les apprenants")]
    public decimal? Hours { get; set; }

    [Display(Name = "Intervenant(e)")]
    public string? SpeakerName { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public List<Guid> PartnerIds { get; set; } = [];
    public List<Guid> CohortIds { get; set; } = [];
    public List<Guid> LearnerIds { get; set; } = [];
    public List<ContributionInput> Contributions { get; set; } = [];

    public Guid Version { get; set; }

    public sealed class ContributionInput
    {
        [Display(Name = "Partenaire")]
        public Guid? PartnerId { get; set; }

        [Display(Name = "Montant (€)")]
        public decimal? Amount { get; set; }

        [Display(Name = "Année scolaire")]
        public string? SchoolYear { get; set; }

        public bool IsEmpty => PartnerId is null && Amount is null && string.IsNullOrWhiteSpace(SchoolYear);
    }

    /// <summary>The lines actually filled in, with their index in the form.</summary>
    public IEnumerable<(int Index, ContributionInput Line)> FilledContributions() =>
        Contributions.Select((c, i) => (i, c)).Where(x => !x.c.IsEmpty);

    /// <summary>What the form itself must hold, before the domain's rules (<see cref="PartnershipRules"/>).</summary>
    public IEnumerable<(string Field, Message Error)> Validate(string prefix)
    {
        var checks = new List<(string Field, Message? Error)>
        {
            ("Kind", Kind is null || !Enum.IsDefined(Kind.Value) ? new Message("Choisissez le type d'évènement.") : null),
            ("Date", Date is null ? new Message("Saisissez la date de l'évènement.") : null),
            ("Title", string.IsNullOrWhiteSpace(Title) ? new Message("Donnez un intitulé à l'évènement (ex. : petit déjeuner d'entreprises).") : FormText.TooLong(Title, PartnershipRules.MaxTitleLength, new Message("L'intitulé"))),
            ("Place", FormText.TooLong(Place, PartnershipRules.MaxPlaceLength, new Message("Le lieu"))),
            ("SpeakerName", FormText.TooLong(SpeakerName, PartnershipRules.MaxSpeakerLength, new Message("Le nom de l'intervenant(e)"))),
            ("Notes", FormText.TooLong(Notes, PartnershipRules.MaxNotesLength, new Message("Les notes"))),
        };
        foreach (var (i, line) in FilledContributions())
        {
            checks.Add(($"Contributions[{i}].PartnerId", line.PartnerId is null ? new Message("Choisissez le partenaire qui a versé ce montant.") : null));
            checks.Add(($"Contributions[{i}].Amount", line.Amount is null ? new Message("Saisissez le montant versé.") : null));
            checks.Add(($"Contributions[{i}].SchoolYear", string.IsNullOrWhiteSpace(line.SchoolYear) ? new Message("Saisissez l'année scolaire (ex. : 2026-2027).") : null));
        }

        return checks.Where(c => c.Error is not null).Select(c => ($"{prefix}.{c.Field}", c.Error!));
    }

    public static EventInput From(PartnershipAction action) => new()
    {
        Kind = action.Kind, Title = action.Title, Date = action.Date, StartTime = action.StartTime, EndTime = action.EndTime,
        Place = action.Place, Hours = action.Hours, SpeakerName = action.SpeakerName, Notes = action.Notes,
        PartnerIds = action.Partners.Select(p => p.HostOrganisationId).ToList(),
        CohortIds = action.Cohorts.Select(c => c.CohortId).ToList(),
        LearnerIds = action.Learners.Select(l => l.LearnerId).ToList(),
        Contributions = action.Contributions.OrderBy(c => c.SchoolYear, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Select(c => new ContributionInput { PartnerId = c.HostOrganisationId, Amount = c.Amount, SchoolYear = c.SchoolYear }).ToList(),
        Version = action.Version,
    };

    /// <summary>Room for new contribution lines under the recorded ones.</summary>
    public void PadContributions()
    {
        while (Contributions.Count(c => c.IsEmpty) < BlankContributions)
        {
            Contributions.Add(new ContributionInput());
        }
    }
}
