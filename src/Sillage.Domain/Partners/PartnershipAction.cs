namespace Sillage.Domain.Partners;

/// <summary>
/// A partnership event of an establishment (guide § 2.3): a company breakfast, a forum, an outside speaker in class,
/// a visit, a tax contribution… with zero, one or several partners of the directory, the cohorts and learners who
/// took part, and the hours it counts when it is an outside speaker's session. Checked by <see cref="PartnershipRules"/>.
/// </summary>
public class PartnershipAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EstablishmentId { get; set; }
    public PartnershipKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public required string Title { get; set; }
    public string? Place { get; set; }

    /// <summary>Hours with the learners (a talk: 2 h); they count as outside-speaker hours for the linked cohorts
    /// when the kind is <see cref="PartnershipKind.Intervention"/>.</summary>
    public decimal? Hours { get; set; }

    /// <summary>The professional who speaks, for an intervention in class.</summary>
    public string? SpeakerName { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; a stale edit form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PartnershipActionPartner> Partners { get; set; } = [];
    public List<PartnershipActionCohort> Cohorts { get; set; } = [];
    public List<PartnershipActionLearner> Learners { get; set; } = [];
    public List<ApprenticeshipTaxContribution> Contributions { get; set; } = [];

    /// <summary>Whether the event's hours are outside-speaker hours of the training plan.</summary>
    public bool CountsSpeakerHours => Kind == PartnershipKind.Intervention && Hours is > 0;
}
