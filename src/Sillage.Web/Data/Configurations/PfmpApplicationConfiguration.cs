using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpApplicationConfiguration : IEntityTypeConfiguration<PfmpApplication>
{
    public void Configure(EntityTypeBuilder<PfmpApplication> builder)
    {
        builder.Property(a => a.NextStep).HasMaxLength(PfmpApplication.MaxNextStepLength);
        builder.Property(a => a.Notes).HasMaxLength(PfmpApplication.MaxNotesLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(a => a.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostProposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PfmpPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.SetNull);
        // The learner's search and the référent's view list a learner's applications by date.
        builder.HasIndex(a => new { a.LearnerId, a.AppliedOn });
        builder.HasIndex(a => a.ProposalId);
    }
}
