using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class PortfolioExportConfiguration : IEntityTypeConfiguration<PortfolioExport>
{
    public void Configure(EntityTypeBuilder<PortfolioExport> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BackgroundJob>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.LearnerId, e.CreatedAt });
        builder.HasIndex(e => e.ExpiresAt);
    }
}
