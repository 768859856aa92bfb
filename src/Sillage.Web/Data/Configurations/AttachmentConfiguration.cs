using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.StorageKey).HasMaxLength(300);
        builder.Property(a => a.ContentType).HasMaxLength(150);
        builder.Property(a => a.Extension).HasMaxLength(10);
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.HasIndex(a => a.TraceId);
    }
}
