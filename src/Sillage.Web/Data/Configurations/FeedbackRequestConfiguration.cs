using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(FeedbackRequest.MessageMaxLength);
        builder.HasOne<Trace>().WithMany().HasForeignKey(r => r.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        // The teachers' queue: open requests, oldest first.
        builder.HasIndex(r => new { r.AnsweredAt, r.WithdrawnAt, r.RequestedAt });
        builder.HasIndex(r => r.TraceId);
    }
}
