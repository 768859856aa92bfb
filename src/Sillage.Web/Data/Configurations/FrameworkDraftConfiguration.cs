using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class FrameworkDraftConfiguration : IEntityTypeConfiguration<FrameworkDraft>
{
    public void Configure(EntityTypeBuilder<FrameworkDraft> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(50);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => d.EstablishmentId);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(d => d.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Framework>().WithMany().HasForeignKey(d => d.BasedOnId).OnDelete(DeleteBehavior.SetNull);
    }
}
