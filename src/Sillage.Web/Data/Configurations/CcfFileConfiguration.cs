using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfFileConfiguration : IEntityTypeConfiguration<CcfFile>
{
    public void Configure(EntityTypeBuilder<CcfFile> builder)
    {
        builder.Property(f => f.FileKey).HasMaxLength(300);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(150);
        builder.HasOne<CcfSitting>().WithMany().HasForeignKey(f => f.SittingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CcfCandidate>().WithMany().HasForeignKey(f => f.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CcfProject>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CcfEvidence>().WithMany(e => e.Files).HasForeignKey(f => f.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}
