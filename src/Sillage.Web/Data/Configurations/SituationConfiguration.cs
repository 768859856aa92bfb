using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Domain.People;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class SituationConfiguration : IEntityTypeConfiguration<Situation>
{
    public void Configure(EntityTypeBuilder<Situation> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(Situation.MaxTitleLength);
        builder.Property(s => s.Code).HasMaxLength(80);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => new { s.EstablishmentId, s.Title });
        builder.HasOne<Establishment>().WithMany().HasForeignKey(s => s.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Framework>().WithMany().HasForeignKey(s => s.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Situation>().WithMany().HasForeignKey(s => s.DuplicatedFromId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Missions).WithOne().HasForeignKey(m => m.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Resources).WithOne().HasForeignKey(r => r.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Documents).WithOne().HasForeignKey(d => d.SituationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.ActiveMissions);
    }
}
