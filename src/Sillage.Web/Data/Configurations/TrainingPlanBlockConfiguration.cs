using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Plan;

namespace Sillage.Web.Data.Configurations;

internal sealed class TrainingPlanBlockConfiguration : IEntityTypeConfiguration<TrainingPlanBlock>
{
    public void Configure(EntityTypeBuilder<TrainingPlanBlock> builder)
    {
        builder.HasKey(b => new { b.PlanId, b.BlockCode });
        builder.Property(b => b.BlockCode).HasMaxLength(50);
    }
}
