using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class JuryEvaluationLineConfiguration : IEntityTypeConfiguration<JuryEvaluationLine>
{
    public void Configure(EntityTypeBuilder<JuryEvaluationLine> builder)
    {
        builder.Property(l => l.Comment).HasMaxLength(JuryEvaluation.CommentMaxLength);
        builder.HasIndex(l => l.EvaluationId);
    }
}
