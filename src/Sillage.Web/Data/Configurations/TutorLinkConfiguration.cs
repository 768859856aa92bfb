using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class TutorLinkConfiguration : IEntityTypeConfiguration<TutorLink>
{
    public void Configure(EntityTypeBuilder<TutorLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.TutorId);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.TutorId).OnDelete(DeleteBehavior.Cascade);
    }
}
