using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationAssignmentConfiguration : IEntityTypeConfiguration<SituationAssignment>
{
    public void Configure(EntityTypeBuilder<SituationAssignment> builder)
    {
        builder.HasIndex(a => new { a.CohortId, a.Start });
        builder.HasIndex(a => a.SituationId);
        builder.HasOne<Situation>().WithMany().HasForeignKey(a => a.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Group>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.AssignedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Learners).WithOne().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
