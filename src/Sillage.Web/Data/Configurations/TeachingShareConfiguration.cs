using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;
using Sillage.Domain.Team;

namespace Sillage.Web.Data.Configurations;

internal sealed class TeachingShareConfiguration : IEntityTypeConfiguration<TeachingShare>
{
    public void Configure(EntityTypeBuilder<TeachingShare> builder)
    {
        // The key leads with the cohort: the team page and the home page's counts read a cohort's shares.
        builder.HasKey(s => new { s.CohortId, s.TeacherId, s.CompetenceCode });
        builder.Property(s => s.CompetenceCode).HasMaxLength(TeachingShare.MaxCodeLength);
        // A teacher leaving the cohort (or erased) takes their shares along.
        builder.HasOne<CohortMember>().WithMany().HasForeignKey(s => new { s.CohortId, s.TeacherId })
            .HasPrincipalKey(m => new { m.CohortId, m.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
