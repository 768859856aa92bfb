using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;

namespace Sillage.Web.Data.Configurations;

internal sealed class ApprenticeshipTaxContributionConfiguration : IEntityTypeConfiguration<ApprenticeshipTaxContribution>
{
    public void Configure(EntityTypeBuilder<ApprenticeshipTaxContribution> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Amount).HasPrecision(12, 2);
        builder.Property(c => c.SchoolYear).HasMaxLength(9);
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(c => c.HostOrganisationId).OnDelete(DeleteBehavior.Cascade);
        // A partner's page and the annual report sum contributions per partner and year.
        builder.HasIndex(c => new { c.HostOrganisationId, c.SchoolYear });
    }
}
