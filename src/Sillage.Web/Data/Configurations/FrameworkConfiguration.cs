using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(50);
        builder.Property(f => f.Version).HasMaxLength(50);
        builder.Property(f => f.Title).HasMaxLength(300);
        builder.Property(f => f.ShortTitle).HasMaxLength(100);
        builder.Property(f => f.BlockLabel).HasMaxLength(50);
        builder.Property(f => f.CompetenceLabel).HasMaxLength(50);
        builder.Ignore(f => f.DisplayName);
        builder.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        builder.HasOne<Sillage.Domain.People.Establishment>().WithMany().HasForeignKey(f => f.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Elements).WithOne().HasForeignKey(e => e.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Levels).WithOne().HasForeignKey(l => l.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Sources).WithOne().HasForeignKey(s => s.FrameworkId).OnDelete(DeleteBehavior.Cascade);
    }
}
