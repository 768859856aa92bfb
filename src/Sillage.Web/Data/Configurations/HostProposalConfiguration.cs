using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class HostProposalConfiguration : IEntityTypeConfiguration<HostProposal>
{
    public void Configure(EntityTypeBuilder<HostProposal> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(HostRules.MaxNameLength);
        builder.Property(p => p.Siret).HasMaxLength(14);
        builder.Property(p => p.Street).HasMaxLength(300);
        builder.Property(p => p.PostalCode).HasMaxLength(5);
        builder.Property(p => p.City).HasMaxLength(150);
        builder.Property(p => p.ContactFirstName).HasMaxLength(100);
        builder.Property(p => p.ContactLastName).HasMaxLength(100);
        builder.Property(p => p.ContactPosition).HasMaxLength(150);
        builder.Property(p => p.ContactEmail).HasMaxLength(256);
        builder.Property(p => p.ContactPhone).HasMaxLength(30);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsValidated);
        builder.Ignore(p => p.HasContact);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(p => p.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.ValidatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HostOrganisation>().WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.SetNull);
        // The learner's search lists their proposals; the référent's view counts those awaiting validation.
        builder.HasIndex(p => new { p.LearnerId, p.CreatedAt });
    }
}
