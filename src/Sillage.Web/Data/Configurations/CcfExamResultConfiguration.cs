using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfExamResultConfiguration : IEntityTypeConfiguration<CcfExamResult>
{
    public void Configure(EntityTypeBuilder<CcfExamResult> builder)
    {
        builder.Property(r => r.ExamCode).HasMaxLength(20);
        builder.Property(r => r.Mark).HasPrecision(5, 2);
        builder.Property(r => r.RuleMark).HasPrecision(5, 2);
        builder.Property(r => r.Comment).HasMaxLength(CcfExamResult.CommentMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CohortId, r.LearnerId, r.ExamCode }).IsUnique();
    }
}
