using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;

namespace Sillage.Web.Data.Configurations;

internal sealed class PartnershipActionPartnerConfiguration : IEntityTypeConfiguration<PartnershipActionPartner>
{
    public void Configure(EntityTypeBuilder<PartnershipActionPartner> builder)
    {
        builder.HasKey(p => new { p.ActionId, p.HostOrganisationId });
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.Cascade);
        // A partner's page lists its events.
        builder.HasIndex(p => p.HostOrganisationId);
    }
}
