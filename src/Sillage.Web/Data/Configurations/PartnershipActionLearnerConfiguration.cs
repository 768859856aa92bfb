using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;

namespace Sillage.Web.Data.Configurations;

internal sealed class PartnershipActionLearnerConfiguration : IEntityTypeConfiguration<PartnershipActionLearner>
{
    public void Configure(EntityTypeBuilder<PartnershipActionLearner> builder)
    {
        builder.HasKey(l => new { l.ActionId, l.LearnerId });
        // Erasing a learner's account removes their participations.
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
        // A learner's own list of events.
        builder.HasIndex(l => l.LearnerId);
    }
}
