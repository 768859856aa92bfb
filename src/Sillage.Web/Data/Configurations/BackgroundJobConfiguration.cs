using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sillage.Web.Data.Configurations;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(100);
        builder.Property(j => j.Title).HasMaxLength(BackgroundJob.TitleMaxLength);
        builder.Property(j => j.Message).HasMaxLength(BackgroundJob.MessageMaxLength);
        builder.Property(j => j.ResultFileKey).HasMaxLength(300);
        builder.Property(j => j.ResultFileName).HasMaxLength(300);
        builder.Property(j => j.ResultContentType).HasMaxLength(200);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => new { j.OwnerId, j.CreatedAt });
    }
}
