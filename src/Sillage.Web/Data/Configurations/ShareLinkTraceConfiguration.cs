using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;

namespace Sillage.Web.Data.Configurations;

internal sealed class ShareLinkTraceConfiguration : IEntityTypeConfiguration<ShareLinkTrace>
{
    public void Configure(EntityTypeBuilder<ShareLinkTrace> builder)
    {
        builder.HasKey(s => new { s.ShareLinkId, s.TraceId });
        builder.HasOne<Trace>().WithMany().HasForeignKey(s => s.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.TraceId);
    }
}
