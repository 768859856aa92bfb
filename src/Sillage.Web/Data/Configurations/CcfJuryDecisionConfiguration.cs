using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfJuryDecisionConfiguration : IEntityTypeConfiguration<CcfJuryDecision>
{
    public void Configure(EntityTypeBuilder<CcfJuryDecision> builder)
    {
        builder.Property(d => d.ProposedAverage).HasPrecision(5, 2);
        builder.Property(d => d.Average).HasPrecision(5, 2);
        builder.Property(d => d.Reason).HasMaxLength(CcfJuryDecision.ReasonMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Amended);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(d => d.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CohortId, d.LearnerId }).IsUnique();
    }
}
