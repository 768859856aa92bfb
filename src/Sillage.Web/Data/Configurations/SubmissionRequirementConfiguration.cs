using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class SubmissionRequirementConfiguration : IEntityTypeConfiguration<SubmissionRequirement>
{
    public void Configure(EntityTypeBuilder<SubmissionRequirement> builder)
    {
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CohortId).IsUnique();
    }
}
