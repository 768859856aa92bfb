using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfGridConfiguration : IEntityTypeConfiguration<CcfGrid>
{
    public void Configure(EntityTypeBuilder<CcfGrid> builder)
    {
        builder.Property(g => g.Mark).HasPrecision(5, 2);
        builder.Property(g => g.Comment).HasMaxLength(CcfGrid.CommentMaxLength);
        builder.Property(g => g.CorrectionReason).HasMaxLength(CcfGrid.ReasonMaxLength);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<CcfCandidate>().WithMany().HasForeignKey(g => g.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CcfGrid>().WithMany().HasForeignKey(g => g.CorrectsId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(g => g.Lines).WithOne().HasForeignKey(l => l.GridId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Signatures).WithOne().HasForeignKey(s => s.GridId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.EvaluationId, g.Number }).IsUnique();
    }
}
