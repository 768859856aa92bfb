using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfGridLineConfiguration : IEntityTypeConfiguration<CcfGridLine>
{
    public void Configure(EntityTypeBuilder<CcfGridLine> builder)
    {
        builder.Property(l => l.Comment).HasMaxLength(CcfGrid.LineCommentMaxLength);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.GridId, l.ElementId }).IsUnique();
    }
}
