using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;

namespace Sillage.Web.Data.Configurations;

internal sealed class ExamJurorConfiguration : IEntityTypeConfiguration<ExamJuror>
{
    public void Configure(EntityTypeBuilder<ExamJuror> builder)
    {
        builder.HasKey(j => new { j.SessionId, j.PersonId });
        builder.HasOne<User>().WithMany().HasForeignKey(j => j.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => j.PersonId);
    }
}
