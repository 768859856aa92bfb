using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;

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
