using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Calendar;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class SchoolHolidayConfiguration : IEntityTypeConfiguration<SchoolHoliday>
{
    public void Configure(EntityTypeBuilder<SchoolHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(150);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(h => h.EstablishmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.EstablishmentId, h.Start });
    }
}
