using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationResourceConfiguration : IEntityTypeConfiguration<SituationResource>
{
    public void Configure(EntityTypeBuilder<SituationResource> builder)
    {
        // Ids are made in the constructor: a link added to a tracked situation must be inserted, not updated.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.SituationId, r.MissionId });
        builder.HasIndex(r => r.ResourceId);
        builder.HasOne<Resource>().WithMany().HasForeignKey(r => r.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Mission>().WithMany().HasForeignKey(r => r.MissionId).OnDelete(DeleteBehavior.NoAction);
    }
}
