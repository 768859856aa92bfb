using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpVisitConfiguration : IEntityTypeConfiguration<PfmpVisit>
{
    public void Configure(EntityTypeBuilder<PfmpVisit> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.PeopleMet).HasMaxLength(500);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.Ignore(v => v.IsDone);
        builder.HasOne<PfmpPeriod>().WithMany().HasForeignKey(v => v.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PeriodId, v.PlannedOn });
    }
}
