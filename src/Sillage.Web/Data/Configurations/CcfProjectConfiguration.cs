using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfProjectConfiguration : IEntityTypeConfiguration<CcfProject>
{
    public void Configure(EntityTypeBuilder<CcfProject> builder)
    {
        builder.Property(p => p.SituationCode).HasMaxLength(20);
        builder.Property(p => p.Title).HasMaxLength(CcfProject.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(CcfProject.ContributionMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CohortId, p.SituationCode });
    }
}
