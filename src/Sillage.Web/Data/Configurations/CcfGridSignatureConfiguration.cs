using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfGridSignatureConfiguration : IEntityTypeConfiguration<CcfGridSignature>
{
    public void Configure(EntityTypeBuilder<CcfGridSignature> builder)
    {
        builder.HasKey(s => new { s.GridId, s.EvaluatorId });
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.EvaluatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
