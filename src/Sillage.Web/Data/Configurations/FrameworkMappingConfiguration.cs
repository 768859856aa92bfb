using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkMappingConfiguration : IEntityTypeConfiguration<FrameworkMapping>
{
    public void Configure(EntityTypeBuilder<FrameworkMapping> builder)
    {
        builder.Property(m => m.TargetFrameworkCode).HasMaxLength(50);
        builder.Property(m => m.TargetCode).HasMaxLength(50);
        builder.HasIndex(m => new { m.TargetFrameworkCode, m.TargetCode });
    }
}
