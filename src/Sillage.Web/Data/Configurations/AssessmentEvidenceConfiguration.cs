using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class AssessmentEvidenceConfiguration : IEntityTypeConfiguration<AssessmentEvidence>
{
    public void Configure(EntityTypeBuilder<AssessmentEvidence> builder)
    {
        builder.HasKey(e => new { e.AssessmentId, e.TraceId });
        builder.HasIndex(e => e.TraceId);
    }
}
