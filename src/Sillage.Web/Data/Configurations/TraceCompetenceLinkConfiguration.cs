using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class TraceCompetenceLinkConfiguration : IEntityTypeConfiguration<TraceCompetenceLink>
{
    public void Configure(EntityTypeBuilder<TraceCompetenceLink> builder)
    {
        builder.Property(l => l.Justification).HasMaxLength(TraceCompetenceLink.JustificationMaxLength);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TraceId, l.ElementId }).IsUnique();
        builder.HasIndex(l => l.ElementId);
    }
}
