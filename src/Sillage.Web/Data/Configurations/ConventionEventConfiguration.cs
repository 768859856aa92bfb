using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class ConventionEventConfiguration : IEntityTypeConfiguration<ConventionEvent>
{
    public void Configure(EntityTypeBuilder<ConventionEvent> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorCapacity).HasMaxLength(100);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        // The actor's name is copied: the history stays readable if the account goes.
        builder.HasIndex(e => new { e.ConventionId, e.Sequence }).IsUnique();
    }
}
