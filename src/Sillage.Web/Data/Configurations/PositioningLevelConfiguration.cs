using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class PositioningLevelConfiguration : IEntityTypeConfiguration<PositioningLevel>
{
    public void Configure(EntityTypeBuilder<PositioningLevel> builder)
    {
        builder.Property(l => l.Label).HasMaxLength(100);
        builder.Property(l => l.Abbreviation).HasMaxLength(10);
        builder.Property(l => l.Color).HasMaxLength(7);
        builder.Property(l => l.TextColor).HasMaxLength(7);
        builder.HasOne<Framework>().WithMany().HasForeignKey(l => l.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.FrameworkId, l.Rank }).IsUnique();
    }
}
