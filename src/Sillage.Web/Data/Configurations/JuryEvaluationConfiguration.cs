using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class JuryEvaluationConfiguration : IEntityTypeConfiguration<JuryEvaluation>
{
    public void Configure(EntityTypeBuilder<JuryEvaluation> builder)
    {
        builder.Property(e => e.OverallComment).HasMaxLength(JuryEvaluation.CommentMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<ExamCandidate>().WithMany().HasForeignKey(e => e.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.JurorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CandidateId, e.JurorId }).IsUnique();
    }
}
