using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class TraceKnowledgeLinkConfiguration : IEntityTypeConfiguration<TraceKnowledgeLink>
{
    public void Configure(EntityTypeBuilder<TraceKnowledgeLink> builder)
    {
        builder.HasOne<Trace>().WithMany().HasForeignKey(l => l.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TraceId, l.ElementId }).IsUnique();
        builder.HasIndex(l => l.ElementId);
    }
}
