using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class PartnershipActionCohortConfiguration : IEntityTypeConfiguration<PartnershipActionCohort>
{
    public void Configure(EntityTypeBuilder<PartnershipActionCohort> builder)
    {
        builder.HasKey(c => new { c.ActionId, c.CohortId });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
        // Speaker hours and teachers' lists are read per cohort.
        builder.HasIndex(c => c.CohortId);
    }
}
