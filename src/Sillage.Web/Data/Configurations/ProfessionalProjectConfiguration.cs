using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Career;

namespace Sillage.Web.Data.Configurations;

internal sealed class ProfessionalProjectConfiguration : IEntityTypeConfiguration<ProfessionalProject>
{
    public void Configure(EntityTypeBuilder<ProfessionalProject> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Occupation).HasMaxLength(ProfessionalProject.MaxAimLength);
        builder.Property(p => p.Sector).HasMaxLength(ProfessionalProject.MaxAimLength);
        builder.Property(p => p.FurtherStudies).HasMaxLength(ProfessionalProject.MaxAimLength);
        builder.Property(p => p.SelfKnowledge).HasMaxLength(ProfessionalProject.MaxTextLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.LearnerId).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.HasAim);
    }
}

internal sealed class ProjectStepConfiguration : IEntityTypeConfiguration<ProjectStep>
{
    public void Configure(EntityTypeBuilder<ProjectStep> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Description).HasMaxLength(ProjectStep.MaxDescriptionLength);
        builder.HasIndex(s => s.ProjectId);
        builder.HasIndex(s => s.InterviewId);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.AddedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Sillage.Domain.Suivi.Interview>().WithMany().HasForeignKey(s => s.InterviewId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(s => s.IsNote);
    }
}

internal sealed class ProjectLinkConfiguration : IEntityTypeConfiguration<ProjectLink>
{
    public void Configure(EntityTypeBuilder<ProjectLink> builder) => builder.HasKey(l => new { l.ProjectId, l.Kind, l.TargetId });
}

internal sealed class ProjectRevisionConfiguration : IEntityTypeConfiguration<ProjectRevision>
{
    public void Configure(EntityTypeBuilder<ProjectRevision> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.ProjectId);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
