using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class PartnershipActionConfiguration : IEntityTypeConfiguration<PartnershipAction>
{
    public void Configure(EntityTypeBuilder<PartnershipAction> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(PartnershipRules.MaxTitleLength);
        builder.Property(a => a.Place).HasMaxLength(PartnershipRules.MaxPlaceLength);
        builder.Property(a => a.SpeakerName).HasMaxLength(PartnershipRules.MaxSpeakerLength);
        builder.Property(a => a.Notes).HasMaxLength(PartnershipRules.MaxNotesLength);
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.CountsSpeakerHours);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(a => a.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Cohorts).WithOne().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Learners).WithOne().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Contributions).WithOne().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        // The events list and the annual report read an establishment's events by date.
        builder.HasIndex(a => new { a.EstablishmentId, a.Date });
    }
}
