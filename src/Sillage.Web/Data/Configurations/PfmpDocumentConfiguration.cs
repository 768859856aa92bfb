using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpDocumentConfiguration : IEntityTypeConfiguration<PfmpDocument>
{
    public void Configure(EntityTypeBuilder<PfmpDocument> builder)
    {
        builder.Property(d => d.FileKey).HasMaxLength(300);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(150);
        builder.HasOne<PfmpPeriod>().WithMany().HasForeignKey(d => d.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.PeriodId, d.CreatedAt });
        builder.HasIndex(d => d.LearnerId);
    }
}
