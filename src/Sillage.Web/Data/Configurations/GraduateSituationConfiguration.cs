using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Career;

namespace Sillage.Web.Data.Configurations;

internal sealed class GraduateSituationConfiguration : IEntityTypeConfiguration<GraduateSituation>
{
    public void Configure(EntityTypeBuilder<GraduateSituation> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Studies).HasMaxLength(GraduateSituation.MaxTextLength);
        builder.Property(s => s.Employer).HasMaxLength(GraduateSituation.MaxTextLength);
        builder.Property(s => s.Details).HasMaxLength(GraduateSituation.MaxDetailsLength);
        builder.HasIndex(s => new { s.LearnerId, s.Milestone }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FollowUpLinkConfiguration : IEntityTypeConfiguration<FollowUpLink>
{
    public void Configure(EntityTypeBuilder<FollowUpLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.LearnerId);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
