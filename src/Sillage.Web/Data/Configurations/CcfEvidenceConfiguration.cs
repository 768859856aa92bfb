using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfEvidenceConfiguration : IEntityTypeConfiguration<CcfEvidence>
{
    public void Configure(EntityTypeBuilder<CcfEvidence> builder)
    {
        builder.Property(e => e.ExamCode).HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(CcfEvidence.TitleMaxLength);
        builder.Property(e => e.Text).HasMaxLength(CcfEvidence.TextMaxLength);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CohortId, e.LearnerId, e.ExamCode });
    }
}
