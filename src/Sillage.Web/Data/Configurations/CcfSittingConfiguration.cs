using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class CcfSittingConfiguration : IEntityTypeConfiguration<CcfSitting>
{
    public void Configure(EntityTypeBuilder<CcfSitting> builder)
    {
        builder.Property(s => s.ExamCode).HasMaxLength(20);
        builder.Property(s => s.SituationCode).HasMaxLength(20);
        builder.Property(s => s.Room).HasMaxLength(CcfSitting.RoomMaxLength);
        builder.Property(s => s.Note).HasMaxLength(CcfSitting.NoteMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Group>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Evaluators).WithOne().HasForeignKey(e => e.SittingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Candidates).WithOne().HasForeignKey(c => c.SittingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CohortId, s.StartsAt });
    }
}
