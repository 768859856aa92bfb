using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpPeriodConfiguration : IEntityTypeConfiguration<PfmpPeriod>
{
    public void Configure(EntityTypeBuilder<PfmpPeriod> builder)
    {
        builder.Property(p => p.WeeklyHours).HasPrecision(5, 2);
        builder.Property(p => p.Location).HasMaxLength(300);
        builder.Property(p => p.PlannedActivities).HasMaxLength(4000);
        builder.Property(p => p.ActivitiesDone).HasMaxLength(4000);
        builder.Property(p => p.TutorComment).HasMaxLength(4000);
        builder.Property(p => p.ContractNumber).HasMaxLength(PfmpPeriod.MaxContractNumberLength);
        builder.Ignore(p => p.Alternation);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        // A structure with placements stays in the directory: its history is the partnership's memory.
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostContact>().WithMany().HasForeignKey(p => p.TutorContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.TutorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.ReferentTeacherId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Convention).WithOne().HasForeignKey<PfmpConvention>(c => c.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Absences).WithOne().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        // The référent's overview reads a cohort; the learner's and the tutor's pages their own periods.
        builder.HasIndex(p => new { p.CohortId, p.LearnerId });
        builder.HasIndex(p => new { p.LearnerId, p.Start });
        builder.HasIndex(p => p.TutorId);
        builder.HasIndex(p => p.HostOrganisationId);
    }
}
