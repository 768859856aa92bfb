using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationDocumentConfiguration : IEntityTypeConfiguration<SituationDocument>
{
    public void Configure(EntityTypeBuilder<SituationDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(150);
        builder.Property(d => d.FileKey).HasMaxLength(300);
        builder.HasOne<Mission>().WithMany().HasForeignKey(d => d.MissionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}
