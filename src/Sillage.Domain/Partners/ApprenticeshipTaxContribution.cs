namespace Sillage.Domain.Partners;

/// <summary>An amount of taxe d'apprentissage (solde) a partner gave the establishment for a school year, recorded
/// on an event (usually of kind <see cref="PartnershipKind.ApprenticeshipTax"/>).</summary>
public class ApprenticeshipTaxContribution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActionId { get; set; }
    public Guid HostOrganisationId { get; set; }

    /// <summary>Euros, two decimals at most.</summary>
    public decimal Amount { get; set; }

    /// <summary>"2026-2027".</summary>
    public required string SchoolYear { get; set; }
}
