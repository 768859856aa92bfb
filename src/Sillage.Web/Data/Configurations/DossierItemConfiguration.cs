using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class DossierItemConfiguration : IEntityTypeConfiguration<DossierItem>
{
    public void Configure(EntityTypeBuilder<DossierItem> builder)
    {
        builder.Property(i => i.Label).HasMaxLength(DossierItem.LabelMaxLength);
        builder.Property(i => i.Note).HasMaxLength(DossierItem.NoteMaxLength);
        builder.Property(i => i.StorageKey).HasMaxLength(300);
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.ContentType).HasMaxLength(150);
        builder.HasIndex(i => new { i.DossierId, i.Kind, i.ReferenceId });
    }
}
