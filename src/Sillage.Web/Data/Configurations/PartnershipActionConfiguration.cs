using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;

namespace Sillage.Web.Data.Configurations;

internal sealed class PartnershipActionConfiguration : IEntityTypeConfiguration<PartnershipAction>
{
    public void Configure(EntityTypeBuilder<PartnershipAction> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        builder.HasIndex(a => new { a.HostOrganisationId, a.Date });
    }
}
