using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class LearnerProfileConfiguration : IEntityTypeConfiguration<LearnerProfile>
{
    public void Configure(EntityTypeBuilder<LearnerProfile> builder)
    {
        builder.HasKey(p => p.LearnerId);
        builder.Property(p => p.PriorDiplomaDetail).HasMaxLength(LearnerProfile.MaxDetailLength);
        builder.Property(p => p.Funder).HasMaxLength(LearnerProfile.MaxDetailLength);
        builder.Property(p => p.PriorExperience).HasMaxLength(LearnerProfile.MaxExperienceLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<User>().WithOne().HasForeignKey<LearnerProfile>(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PathAdjustmentConfiguration : IEntityTypeConfiguration<PathAdjustment>
{
    public void Configure(EntityTypeBuilder<PathAdjustment> builder)
    {
        builder.Property(p => p.Part).HasMaxLength(PathAdjustment.MaxTextLength);
        builder.Property(p => p.Reason).HasMaxLength(PathAdjustment.MaxTextLength);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Situation>().WithMany().HasForeignKey(p => p.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.LearnerId, p.CohortId });
    }
}
