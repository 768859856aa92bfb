using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationAssignmentLearnerConfiguration : IEntityTypeConfiguration<SituationAssignmentLearner>
{
    public void Configure(EntityTypeBuilder<SituationAssignmentLearner> builder)
    {
        builder.HasKey(l => new { l.AssignmentId, l.LearnerId });
        builder.HasIndex(l => l.LearnerId);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
