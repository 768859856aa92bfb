using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.FirstName).HasMaxLength(PersonRules.MaxNameLength);
        builder.Property(u => u.LastName).HasMaxLength(PersonRules.MaxNameLength);
        builder.Property(u => u.Culture).HasMaxLength(10);
        builder.HasOne<Establishment>().WithMany().HasForeignKey(u => u.EstablishmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => new { u.LastName, u.FirstName });
        builder.Property(u => u.Ine).HasMaxLength(20);
        builder.Property(u => u.StsId).HasMaxLength(40);
        builder.Property(u => u.SchoolStatus).HasMaxLength(10);
        builder.HasIndex(u => new { u.EstablishmentId, u.Ine });
        builder.HasIndex(u => new { u.EstablishmentId, u.StsId });
    }
}
