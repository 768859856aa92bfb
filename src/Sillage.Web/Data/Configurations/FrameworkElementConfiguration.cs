using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkElementConfiguration : IEntityTypeConfiguration<FrameworkElement>
{
    public void Configure(EntityTypeBuilder<FrameworkElement> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(50);
        builder.Property(e => e.Title).HasMaxLength(1000);
        builder.Property(e => e.Category).HasMaxLength(30);
        builder.Property(e => e.Exam).HasMaxLength(20);
        builder.Ignore(e => e.IsAssessable);
        builder.HasIndex(e => new { e.FrameworkId, e.Code }).IsUnique();
        builder.HasIndex(e => new { e.FrameworkId, e.SortOrder });
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(e => e.Mappings).WithOne().HasForeignKey(m => m.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}
