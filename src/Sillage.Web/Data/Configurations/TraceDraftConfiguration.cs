using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class TraceDraftConfiguration : IEntityTypeConfiguration<TraceDraft>
{
    public void Configure(EntityTypeBuilder<TraceDraft> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(1000);
        builder.Property(d => d.ContextLabel).HasMaxLength(1000);
        builder.Property(d => d.Tags).HasMaxLength(2000);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Trace>().WithMany().HasForeignKey(d => d.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.AuthorId, d.TraceId });
    }
}
