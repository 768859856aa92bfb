using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Pfmp;

namespace Sillage.Web.Data.Configurations;

internal sealed class PfmpAbsenceConfiguration : IEntityTypeConfiguration<PfmpAbsence>
{
    public void Configure(EntityTypeBuilder<PfmpAbsence> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(300);
        builder.HasIndex(a => new { a.PeriodId, a.Day }).IsUnique();
    }
}
