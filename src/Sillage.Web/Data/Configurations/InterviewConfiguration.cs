using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Property(i => i.OtherParticipants).HasMaxLength(500);
        builder.Property(i => i.LearnerExplanation).HasMaxLength(20000);
        builder.Property(i => i.Strengths).HasMaxLength(10000);
        builder.Property(i => i.Improvements).HasMaxLength(10000);
        builder.HasOne<User>().WithMany().HasForeignKey(i => i.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(i => i.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Participants).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Traces).WithOne().HasForeignKey(t => t.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Actions).WithOne().HasForeignKey(a => a.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.LearnerId, i.HeldOn });
    }
}
