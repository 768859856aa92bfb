using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfCandidateConfiguration : IEntityTypeConfiguration<CcfCandidate>
{
    public void Configure(EntityTypeBuilder<CcfCandidate> builder)
    {
        builder.Property(c => c.Accommodation).HasMaxLength(CcfCandidate.AccommodationMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SittingId, c.LearnerId }).IsUnique();
        builder.HasIndex(c => c.LearnerId);
    }
}
