using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("CohortGroups");
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => new { g.CohortId, g.Name }).IsUnique();
    }
}
