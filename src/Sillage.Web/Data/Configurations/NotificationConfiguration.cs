using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.Url).HasMaxLength(300);
        builder.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Trace>().WithMany().HasForeignKey(n => n.TraceId).OnDelete(DeleteBehavior.Cascade);
        // The bell counts a person's unread notifications on every page.
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
    }
}
