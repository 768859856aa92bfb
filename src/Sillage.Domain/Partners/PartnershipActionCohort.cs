namespace Sillage.Domain.Partners;

/// <summary>A cohort an event was held for.</summary>
public class PartnershipActionCohort
{
    public Guid ActionId { get; set; }
    public Guid CohortId { get; set; }
}
