using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        // Ids are made in the constructor: a mission added to a tracked situation must be inserted, not updated.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(Mission.MaxTitleLength);
        builder.HasIndex(m => new { m.SituationId, m.SortOrder });
        builder.HasMany(m => m.Competences).WithOne().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
