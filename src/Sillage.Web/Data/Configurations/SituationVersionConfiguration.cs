using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationVersionConfiguration : IEntityTypeConfiguration<SituationVersion>
{
    public void Configure(EntityTypeBuilder<SituationVersion> builder)
    {
        builder.Property(v => v.Summary).HasMaxLength(SituationVersion.SummaryMaxLength);
        builder.HasIndex(v => new { v.SituationId, v.Number }).IsUnique();
        builder.HasOne<Situation>().WithMany().HasForeignKey(v => v.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
