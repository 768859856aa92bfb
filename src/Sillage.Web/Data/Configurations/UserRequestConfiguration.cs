using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.FilRouge;
using Sillage.Domain.People;

namespace Sillage.Web.Data.Configurations;

internal sealed class UserRequestConfiguration : IEntityTypeConfiguration<UserRequest>
{
    public void Configure(EntityTypeBuilder<UserRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RequesterName).HasMaxLength(200);
        builder.Property(r => r.RequesterRole).HasMaxLength(200);
        builder.Property(r => r.RequesterSite).HasMaxLength(200);
        builder.Property(r => r.Subject).HasMaxLength(UserRequest.MaxSubjectLength);
        builder.Property(r => r.Description).HasMaxLength(UserRequest.MaxDescriptionLength);
        builder.Property(r => r.QualityComment).HasMaxLength(UserRequest.MaxCommentLength);
        builder.Property(r => r.ShippedCode).HasMaxLength(40);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.HandlerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.MarkedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);

        // The queue of a cohort, newest first; the release job looks for scheduled ones.
        builder.HasIndex(r => new { r.CohortId, r.SendAt });
        builder.HasIndex(r => new { r.ReleasedAt, r.SendAt });
        builder.HasIndex(r => r.HandlerId);
    }
}

internal sealed class RequestEntryConfiguration : IEntityTypeConfiguration<RequestEntry>
{
    public void Configure(EntityTypeBuilder<RequestEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Text).HasMaxLength(RequestEntry.MaxTextLength);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RequestId, e.At });
    }
}

internal sealed class ServiceAssignmentConfiguration : IEntityTypeConfiguration<ServiceAssignment>
{
    public void Configure(EntityTypeBuilder<ServiceAssignment> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.AssignedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CohortId, a.LearnerId, a.From });
        builder.HasIndex(a => new { a.LearnerId, a.From });
    }
}
