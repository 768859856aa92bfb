using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class HostOrganisationConfiguration : IEntityTypeConfiguration<HostOrganisation>
{
    public void Configure(EntityTypeBuilder<HostOrganisation> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(HostRules.MaxNameLength);
        builder.Property(h => h.NormalizedName).HasMaxLength(HostRules.MaxNameLength);
        builder.Property(h => h.Siret).HasMaxLength(14);
        builder.Property(h => h.Sector).HasMaxLength(150);
        builder.Property(h => h.Street).HasMaxLength(300);
        builder.Property(h => h.PostalCode).HasMaxLength(5);
        builder.Property(h => h.City).HasMaxLength(150);
        builder.Property(h => h.Phone).HasMaxLength(30);
        builder.Property(h => h.Email).HasMaxLength(256);
        builder.Property(h => h.Website).HasMaxLength(300);
        builder.Property(h => h.Notes).HasMaxLength(4000);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Ignore(h => h.Address);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(h => h.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Contacts).WithOne().HasForeignKey(c => c.HostOrganisationId).OnDelete(DeleteBehavior.Cascade);
        // The directory lists by name; duplicate checks look up the folded name and the SIRET.
        builder.HasIndex(h => new { h.EstablishmentId, h.NormalizedName });
        builder.HasIndex(h => new { h.EstablishmentId, h.Siret });
    }
}
