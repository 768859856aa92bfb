using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class ExamCandidateConfiguration : IEntityTypeConfiguration<ExamCandidate>
{
    public void Configure(EntityTypeBuilder<ExamCandidate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SessionId, c.LearnerId }).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.Number }).IsUnique();
    }
}
