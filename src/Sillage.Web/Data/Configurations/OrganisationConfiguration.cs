using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Organisations;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.Property(o => o.Activity).HasMaxLength(500);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Establishment>().WithMany().HasForeignKey(o => o.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Sites).WithOne().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.People).WithOne().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
