using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Plan;

namespace Sillage.Web.Data.Configurations;

internal sealed class PlanPfmpBlockConfiguration : IEntityTypeConfiguration<PlanPfmpBlock>
{
    public void Configure(EntityTypeBuilder<PlanPfmpBlock> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.PlanId, p.Start });
        builder.Ignore(p => p.End);
    }
}
