using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Situations;

namespace Sillage.Web.Data.Configurations;

internal sealed class MissionCompetenceConfiguration : IEntityTypeConfiguration<MissionCompetence>
{
    public void Configure(EntityTypeBuilder<MissionCompetence> builder)
    {
        builder.HasKey(c => new { c.MissionId, c.ElementId });
        builder.HasIndex(c => c.ElementId);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(c => c.ElementId).OnDelete(DeleteBehavior.Restrict);
    }
}
