using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Resources;

namespace Sillage.Web.Data.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(Resource.MaxTitleLength);
        builder.Property(r => r.Url).HasMaxLength(Resource.MaxUrlLength);
        builder.Property(r => r.Code).HasMaxLength(80);
        builder.Property(r => r.Publisher).HasMaxLength(200);
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.EstablishmentId);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(r => r.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Competences).WithOne().HasForeignKey(c => c.ResourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
