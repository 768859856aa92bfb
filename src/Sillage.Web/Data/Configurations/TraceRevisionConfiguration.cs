using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class TraceRevisionConfiguration : IEntityTypeConfiguration<TraceRevision>
{
    public void Configure(EntityTypeBuilder<TraceRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(TraceRules.TitleMaxLength);
        builder.Property(r => r.ContextLabel).HasMaxLength(TraceRules.ContextLabelMaxLength);
        builder.Property(r => r.Tags).HasMaxLength(1000);
        builder.Ignore(r => r.Content);
        builder.HasOne<Trace>().WithMany().HasForeignKey(r => r.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TraceId, r.Version }).IsUnique();
    }
}
