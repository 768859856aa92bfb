using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Organisations;

namespace Sillage.Web.Data.Configurations;

internal sealed class OrganisationSiteConfiguration : IEntityTypeConfiguration<OrganisationSite>
{
    public void Configure(EntityTypeBuilder<OrganisationSite> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(1000);
    }
}
