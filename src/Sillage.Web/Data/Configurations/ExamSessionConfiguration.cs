using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Certification;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class ExamSessionConfiguration : IEntityTypeConfiguration<ExamSession>
{
    public void Configure(EntityTypeBuilder<ExamSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(ExamSession.TitleMaxLength);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(s => s.BlockId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Jurors).WithOne().HasForeignKey(j => j.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Candidates).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CohortId, s.StartsAt });
    }
}
