using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpTargetConfiguration : IEntityTypeConfiguration<PfmpTarget>
{
    public void Configure(EntityTypeBuilder<PfmpTarget> builder)
    {
        builder.HasKey(t => new { t.PeriodId, t.ElementId });
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(t => t.ElementId).OnDelete(DeleteBehavior.Restrict);
    }
}
