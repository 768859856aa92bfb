using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class FeedbackCommentConfiguration : IEntityTypeConfiguration<FeedbackComment>
{
    public void Configure(EntityTypeBuilder<FeedbackComment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(FeedbackComment.BodyMaxLength);
        builder.Property(c => c.Quote).HasMaxLength(FeedbackComment.QuoteMaxLength);
        builder.Property(c => c.ImportedAuthorName).HasMaxLength(200);
        builder.HasOne<Trace>().WithMany().HasForeignKey(c => c.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FeedbackComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TraceId, c.CreatedAt });
    }
}
