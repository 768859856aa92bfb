using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        builder.HasKey(m => new { m.CohortId, m.PersonId });
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.PersonId, m.Role });
        builder.Property(m => m.Subject).HasMaxLength(CohortMember.MaxSubjectLength);
    }
}
