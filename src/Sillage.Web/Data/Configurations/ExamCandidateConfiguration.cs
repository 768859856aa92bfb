using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class ExamCandidateConfiguration : IEntityTypeConfiguration<ExamCandidate>
{
    public void Configure(EntityTypeBuilder<ExamCandidate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.MaskedPdfKey).HasMaxLength(300);
        builder.Property(c => c.MaskedPdfSha256).HasMaxLength(64);
        builder.HasIndex(c => c.MaskedPdfSha256);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SessionId, c.LearnerId }).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.Number }).IsUnique();
    }
}
