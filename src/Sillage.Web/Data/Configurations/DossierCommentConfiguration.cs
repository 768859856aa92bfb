using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class DossierCommentConfiguration : IEntityTypeConfiguration<DossierComment>
{
    public void Configure(EntityTypeBuilder<DossierComment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(DossierComment.BodyMaxLength);
        builder.HasOne<CertificationDossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.DossierId, c.CreatedAt });
    }
}
