namespace Sillage.Domain.Partners;

/// <summary>Something done with a partner, dated, with the hours it gave the learners when it is teaching time.</summary>
public class PartnershipAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HostOrganisationId { get; set; }
    public PartnershipKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }

    /// <summary>Hours with the learners (a talk: 2 h); none for a tax payment.</summary>
    public decimal? Hours { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
}
