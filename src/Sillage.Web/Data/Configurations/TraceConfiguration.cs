using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data.Configurations;

internal sealed class TraceConfiguration : IEntityTypeConfiguration<Trace>
{
    public void Configure(EntityTypeBuilder<Trace> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(TraceRules.TitleMaxLength);
        builder.Property(t => t.ContextLabel).HasMaxLength(TraceRules.ContextLabelMaxLength);
        builder.Property(t => t.Tags).HasMaxLength(1000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Content);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Links).WithOne().HasForeignKey(l => l.TraceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TraceId).OnDelete(DeleteBehavior.Cascade);

        // A positionnement's evidence points to traces; traces are only soft-deleted, so this cascades only on erasure.
        builder.HasMany<AssessmentEvidence>().WithOne().HasForeignKey(e => e.TraceId).OnDelete(DeleteBehavior.Cascade);

        // The dossier lists a learner's traces by activity date.
        builder.HasIndex(t => new { t.LearnerId, t.DeletedAt, t.ActivityDate });
    }
}
