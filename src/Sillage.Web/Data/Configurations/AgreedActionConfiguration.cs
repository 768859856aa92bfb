using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.LearnerId, a.DoneAt });
    }
}
