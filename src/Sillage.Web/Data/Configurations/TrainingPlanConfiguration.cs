using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Plan;

namespace Sillage.Web.Data.Configurations;

internal sealed class TrainingPlanConfiguration : IEntityTypeConfiguration<TrainingPlan>
{
    public void Configure(EntityTypeBuilder<TrainingPlan> builder)
    {
        builder.Property(p => p.Template).HasMaxLength(30);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.CohortId).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Blocks).WithOne().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PfmpBlocks).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.TotalHours);
        builder.Ignore(p => p.PfmpDaysPerWeek);
    }
}
