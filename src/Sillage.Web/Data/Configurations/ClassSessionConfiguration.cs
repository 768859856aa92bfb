using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Situations;
using Sillage.Domain.Teaching;

namespace Sillage.Web.Data.Configurations;

internal sealed class ClassSessionConfiguration : IEntityTypeConfiguration<ClassSession>
{
    public void Configure(EntityTypeBuilder<ClassSession> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Content).HasMaxLength(ClassSession.MaxContentLength);
        builder.Property(s => s.Homework).HasMaxLength(ClassSession.MaxHomeworkLength);
        builder.Property(s => s.Speaker).HasMaxLength(ClassSession.MaxSpeakerLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.CohortId, s.Date });
        builder.HasIndex(s => s.Date);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Group>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Situation>().WithMany().HasForeignKey(s => s.SituationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Mission>().WithMany().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Teachers).WithOne().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Elements).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.End);
        builder.Ignore(s => s.IsJoint);
        builder.Ignore(s => s.HasSpeaker);
        builder.Ignore(s => s.Hours);
    }
}

internal sealed class ClassSessionTeacherConfiguration : IEntityTypeConfiguration<ClassSessionTeacher>
{
    public void Configure(EntityTypeBuilder<ClassSessionTeacher> builder)
    {
        builder.HasKey(t => new { t.SessionId, t.TeacherId });
        builder.HasIndex(t => t.TeacherId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.TeacherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClassSessionElementConfiguration : IEntityTypeConfiguration<ClassSessionElement>
{
    public void Configure(EntityTypeBuilder<ClassSessionElement> builder)
    {
        builder.HasKey(e => new { e.SessionId, e.ElementId });
        builder.HasIndex(e => e.ElementId);
        builder.HasOne<FrameworkElement>().WithMany().HasForeignKey(e => e.ElementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasKey(a => new { a.SessionId, a.LearnerId });
        builder.HasIndex(a => a.LearnerId);
        builder.Property(a => a.Reason).HasMaxLength(SessionAttendance.MaxReasonLength);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.SetNull);
    }
}
