using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpConventionConfiguration : IEntityTypeConfiguration<PfmpConvention>
{
    public void Configure(EntityTypeBuilder<PfmpConvention> builder)
    {
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Signatures);
        builder.Ignore(c => c.LastRefusal);
        builder.HasIndex(c => c.PeriodId).IsUnique();
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
