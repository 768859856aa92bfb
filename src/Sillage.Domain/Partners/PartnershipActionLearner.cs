namespace Sillage.Domain.Partners;

/// <summary>A learner (of one of the event's cohorts) who took part in it.</summary>
public class PartnershipActionLearner
{
    public Guid ActionId { get; set; }
    public Guid LearnerId { get; set; }
}
