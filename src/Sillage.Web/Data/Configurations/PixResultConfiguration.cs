using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Career;

namespace Sillage.Web.Data.Configurations;

internal sealed class PixResultConfiguration : IEntityTypeConfiguration<PixResult>
{
    public void Configure(EntityTypeBuilder<PixResult> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CertificateNumber).HasMaxLength(PixResult.MaxCertificateNumberLength);
        builder.HasIndex(r => new { r.LearnerId, r.TakenOn });
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Levels).WithOne().HasForeignKey(l => l.ResultId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PixCompetenceLevelConfiguration : IEntityTypeConfiguration<PixCompetenceLevel>
{
    public void Configure(EntityTypeBuilder<PixCompetenceLevel> builder)
    {
        builder.HasKey(l => new { l.ResultId, l.CompetenceCode });
        builder.Property(l => l.CompetenceCode).HasMaxLength(10);
    }
}
