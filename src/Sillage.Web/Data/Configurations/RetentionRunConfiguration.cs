using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sillage.Web.Data.Configurations;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.HasIndex(r => r.StartedAt);
        builder.Property(r => r.Period).HasMaxLength(10);
        builder.HasIndex(r => r.Period).IsUnique();
    }
}
