using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class JuryLinkConfiguration : IEntityTypeConfiguration<JuryLink>
{
    public void Configure(EntityTypeBuilder<JuryLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.SessionId, l.JurorId });
        builder.HasIndex(l => l.JurorId);
        builder.HasOne<ExamSession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.JurorId).OnDelete(DeleteBehavior.Cascade);
    }
}
