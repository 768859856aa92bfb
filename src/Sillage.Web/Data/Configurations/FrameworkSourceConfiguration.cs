using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkSourceConfiguration : IEntityTypeConfiguration<FrameworkSource>
{
    public void Configure(EntityTypeBuilder<FrameworkSource> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Url).HasMaxLength(1000);
    }
}
