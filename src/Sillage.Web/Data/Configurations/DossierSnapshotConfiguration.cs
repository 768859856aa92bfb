using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class DossierSnapshotConfiguration : IEntityTypeConfiguration<DossierSnapshot>
{
    public void Configure(EntityTypeBuilder<DossierSnapshot> builder)
    {
        builder.Property(s => s.BlockCode).HasMaxLength(20);
        builder.Property(s => s.Fingerprint).HasMaxLength(64);
        builder.Property(s => s.PdfSha256).HasMaxLength(64);
        builder.Property(s => s.PdfStorageKey).HasMaxLength(300);
        builder.Ignore(s => s.StoragePrefix);
        builder.HasOne<CertificationDossier>().WithMany().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.DossierId).IsUnique();
        builder.HasIndex(s => s.Fingerprint);
        builder.HasIndex(s => s.PdfSha256);
        builder.HasIndex(s => new { s.LearnerId, s.BlockId });
    }
}
