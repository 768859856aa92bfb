using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sillage.Web.Data.Configurations;

internal sealed class SetupTokenRecordConfiguration : IEntityTypeConfiguration<SetupTokenRecord>
{
    public void Configure(EntityTypeBuilder<SetupTokenRecord> builder)
    {
        builder.ToTable("SetupTokens");
        builder.Property(t => t.Hash).HasMaxLength(SetupTokenRecord.HashLength);
        builder.HasIndex(t => t.Hash);
    }
}
