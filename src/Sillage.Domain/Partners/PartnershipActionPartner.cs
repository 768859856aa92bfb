namespace Sillage.Domain.Partners;

/// <summary>A partner of the directory taking part in an event.</summary>
public class PartnershipActionPartner
{
    public Guid ActionId { get; set; }
    public Guid HostOrganisationId { get; set; }
}
