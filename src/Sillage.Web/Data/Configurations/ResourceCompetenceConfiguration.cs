using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Resources;

namespace Sillage.Web.Data.Configurations;

internal sealed class ResourceCompetenceConfiguration : IEntityTypeConfiguration<ResourceCompetence>
{
    public void Configure(EntityTypeBuilder<ResourceCompetence> builder)
    {
        builder.HasKey(c => new { c.ResourceId, c.FrameworkCode, c.ElementCode });
        builder.Property(c => c.FrameworkCode).HasMaxLength(50);
        builder.Property(c => c.ElementCode).HasMaxLength(50);
        builder.HasIndex(c => new { c.FrameworkCode, c.ElementCode });
    }
}
