using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Organisations;

namespace Sillage.Web.Data.Configurations;

internal sealed class OrganisationDocumentConfiguration : IEntityTypeConfiguration<OrganisationDocument>
{
    public void Configure(EntityTypeBuilder<OrganisationDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(150);
        builder.Property(d => d.FileKey).HasMaxLength(300);
        builder.HasOne<Organisation>().WithMany(o => o.Documents).HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}
