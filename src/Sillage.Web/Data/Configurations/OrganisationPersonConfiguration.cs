using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Organisations;

namespace Sillage.Web.Data.Configurations;

internal sealed class OrganisationPersonConfiguration : IEntityTypeConfiguration<OrganisationPerson>
{
    public void Configure(EntityTypeBuilder<OrganisationPerson> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.Site).HasMaxLength(200);
        builder.HasOne<OrganisationPerson>().WithMany().HasForeignKey(p => p.ReportsToId).OnDelete(DeleteBehavior.NoAction);
    }
}
