using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.SchoolYear).HasMaxLength(9);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(c => c.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Framework>().WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Groups).WithOne().HasForeignKey(g => g.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EstablishmentId, c.SchoolYear, c.Name }).IsUnique();
    }
}
