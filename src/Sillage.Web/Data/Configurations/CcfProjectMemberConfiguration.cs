using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfProjectMemberConfiguration : IEntityTypeConfiguration<CcfProjectMember>
{
    public void Configure(EntityTypeBuilder<CcfProjectMember> builder)
    {
        builder.HasKey(m => new { m.ProjectId, m.LearnerId });
        builder.Property(m => m.Contribution).HasMaxLength(CcfProject.ContributionMaxLength);
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.LearnerId);
    }
}
