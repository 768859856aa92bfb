using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class InterviewTraceConfiguration : IEntityTypeConfiguration<InterviewTrace>
{
    public void Configure(EntityTypeBuilder<InterviewTrace> builder)
    {
        builder.HasKey(t => new { t.InterviewId, t.TraceId });
        builder.HasIndex(t => t.TraceId);
    }
}
