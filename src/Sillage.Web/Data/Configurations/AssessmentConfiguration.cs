using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Comment).HasMaxLength(4000);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.AssessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(a => a.ElementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.CorrectsId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        // The heatmap reads a cohort's events; the dashboard a learner's.
        builder.HasIndex(a => new { a.CohortId, a.ElementId, a.LearnerId });
        builder.HasIndex(a => new { a.LearnerId, a.ElementId, a.ObservedOn });
    }
}
