using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class EstablishmentConfiguration : IEntityTypeConfiguration<Establishment>
{
    public void Configure(EntityTypeBuilder<Establishment> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Uai).HasMaxLength(8);
        builder.Property(e => e.City).HasMaxLength(100);
        builder.HasIndex(e => e.Uai).IsUnique();
    }
}
