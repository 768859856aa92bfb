using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfEvaluatorConfiguration : IEntityTypeConfiguration<CcfEvaluator>
{
    public void Configure(EntityTypeBuilder<CcfEvaluator> builder)
    {
        builder.HasKey(e => new { e.SittingId, e.PersonId });
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
