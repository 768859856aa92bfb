using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sillage.Domain.Calendar;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Suivi;

namespace Sillage.Web.Data;

/// <summary>
/// The database of the platform. One migration set per provider lives in a thin subclass
/// (<see cref="SqliteSillageDb"/>, <see cref="PostgresSillageDb"/>). After a model change, add both:
/// <code>
/// dotnet ef migrations add NAME -p src/Sillage.Web -c SqliteSillageDb -o Data/Migrations/Sqlite
/// dotnet ef migrations add NAME -p src/Sillage.Web -c PostgresSillageDb -o Data/Migrations/Postgres
/// </code>
/// (or <c>scripts/add-migration NAME</c>, which runs both).
/// </summary>
public abstract class SillageDb(DbContextOptions options)
    : IdentityDbContext<User, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkElement> FrameworkElements => Set<FrameworkElement>();
    public DbSet<FrameworkMapping> FrameworkMappings => Set<FrameworkMapping>();
    public DbSet<FrameworkLevel> FrameworkLevels => Set<FrameworkLevel>();
    public DbSet<SchoolHoliday> SchoolHolidays => Set<SchoolHoliday>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentEvidence> AssessmentEvidence => Set<AssessmentEvidence>();
    public DbSet<PositioningLevel> PositioningLevels => Set<PositioningLevel>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationPerson> OrganisationPeople => Set<OrganisationPerson>();
    public DbSet<HostOrganisation> HostOrganisations => Set<HostOrganisation>();
    public DbSet<HostContact> HostContacts => Set<HostContact>();
    public DbSet<PartnershipAction> PartnershipActions => Set<PartnershipAction>();
    public DbSet<PfmpPeriod> PfmpPeriods => Set<PfmpPeriod>();
    public DbSet<PfmpConvention> PfmpConventions => Set<PfmpConvention>();
    public DbSet<ConventionEvent> ConventionEvents => Set<ConventionEvent>();
    public DbSet<PfmpTarget> PfmpTargets => Set<PfmpTarget>();
    public DbSet<PfmpAbsence> PfmpAbsences => Set<PfmpAbsence>();
    public DbSet<PfmpVisit> PfmpVisits => Set<PfmpVisit>();
    public DbSet<PfmpDocument> PfmpDocuments => Set<PfmpDocument>();
    public DbSet<TutorLink> TutorLinks => Set<TutorLink>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SillageDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Everything is stored in UTC; SQLite forgets the kind, so it is put back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
