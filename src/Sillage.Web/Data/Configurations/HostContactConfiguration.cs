using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Partners;

namespace Sillage.Web.Data.Configurations;

internal sealed class HostContactConfiguration : IEntityTypeConfiguration<HostContact>
{
    public void Configure(EntityTypeBuilder<HostContact> builder)
    {
        // Made by the domain and added through the parent's collection: a set key still means a new row.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Position).HasMaxLength(150);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Ignore(c => c.FullName);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.UserId);
    }
}
