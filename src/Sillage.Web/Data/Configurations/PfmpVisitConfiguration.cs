using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpVisitConfiguration : IEntityTypeConfiguration<PfmpVisit>
{
    public void Configure(EntityTypeBuilder<PfmpVisit> builder)
    {
        builder.Property(v => v.PeopleMet).HasMaxLength(500);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.Ignore(v => v.IsDone);
        builder.HasOne<PfmpPeriod>().WithMany().HasForeignKey(v => v.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PeriodId, v.PlannedOn });
    }
}
