using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class LearnerTraceCountConfiguration : IEntityTypeConfiguration<LearnerTraceCount>
{
    public void Configure(EntityTypeBuilder<LearnerTraceCount> builder)
    {
        builder.HasKey(c => new { c.LearnerId, c.ElementId });
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(c => c.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LearnerPortfolioActivityConfiguration : IEntityTypeConfiguration<LearnerPortfolioActivity>
{
    public void Configure(EntityTypeBuilder<LearnerPortfolioActivity> builder)
    {
        builder.HasKey(a => a.LearnerId);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LearnerElementLevelConfiguration : IEntityTypeConfiguration<LearnerElementLevel>
{
    public void Configure(EntityTypeBuilder<LearnerElementLevel> builder)
    {
        builder.HasKey(l => new { l.CohortId, l.LearnerId, l.ElementId });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(l => l.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(l => l.ElementId).OnDelete(DeleteBehavior.Cascade);
    }
}
