using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkLevelConfiguration : IEntityTypeConfiguration<FrameworkLevel>
{
    public void Configure(EntityTypeBuilder<FrameworkLevel> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(20);
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.HasIndex(l => new { l.FrameworkId, l.Rank }).IsUnique();
    }
}
