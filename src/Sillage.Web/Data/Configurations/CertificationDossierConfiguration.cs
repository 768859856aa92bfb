using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CertificationDossierConfiguration : IEntityTypeConfiguration<CertificationDossier>
{
    public void Configure(EntityTypeBuilder<CertificationDossier> builder)
    {
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(d => d.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(d => d.BlockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Cascade);

        // One dossier per learner, cohort and bloc.
        builder.HasIndex(d => new { d.LearnerId, d.CohortId, d.BlockId }).IsUnique();
        builder.HasIndex(d => new { d.CohortId, d.Status });
    }
}
