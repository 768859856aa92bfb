using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sillage.Domain.Calendar;
using Sillage.Domain.Career;
using Sillage.Domain.FilRouge;
using Sillage.Domain.Certification;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Organisations;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Plan;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Privacy;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;
using Sillage.Domain.Suivi;
using Sillage.Domain.Teaching;
using Sillage.Domain.Team;

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
    public DbSet<TeachingShare> TeachingShares => Set<TeachingShare>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkElement> FrameworkElements => Set<FrameworkElement>();
    public DbSet<FrameworkDraft> FrameworkDrafts => Set<FrameworkDraft>();
    public DbSet<FrameworkMapping> FrameworkMappings => Set<FrameworkMapping>();
    public DbSet<FrameworkLevel> FrameworkLevels => Set<FrameworkLevel>();
    public DbSet<SchoolHoliday> SchoolHolidays => Set<SchoolHoliday>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentEvidence> AssessmentEvidence => Set<AssessmentEvidence>();
    public DbSet<PositioningLevel> PositioningLevels => Set<PositioningLevel>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<AgreedAction> AgreedActions => Set<AgreedAction>();
    public DbSet<ProfessionalProject> ProfessionalProjects => Set<ProfessionalProject>();
    public DbSet<ProjectStep> ProjectSteps => Set<ProjectStep>();
    public DbSet<ProjectLink> ProjectLinks => Set<ProjectLink>();
    public DbSet<ProjectRevision> ProjectRevisions => Set<ProjectRevision>();
    public DbSet<PixResult> PixResults => Set<PixResult>();
    public DbSet<ServiceAssignment> ServiceAssignments => Set<ServiceAssignment>();
    public DbSet<UserRequest> UserRequests => Set<UserRequest>();
    public DbSet<RequestEntry> RequestEntries => Set<RequestEntry>();
    public DbSet<PixCompetenceLevel> PixCompetenceLevels => Set<PixCompetenceLevel>();
    public DbSet<GraduateSituation> GraduateSituations => Set<GraduateSituation>();
    public DbSet<FollowUpLink> FollowUpLinks => Set<FollowUpLink>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationPerson> OrganisationPeople => Set<OrganisationPerson>();
    public DbSet<OrganisationDocument> OrganisationDocuments => Set<OrganisationDocument>();
    public DbSet<Situation> Situations => Set<Situation>();
    public DbSet<Mission> Missions => Set<Mission>();
    public DbSet<MissionCompetence> MissionCompetences => Set<MissionCompetence>();
    public DbSet<SituationResource> SituationResources => Set<SituationResource>();
    public DbSet<SituationDocument> SituationDocuments => Set<SituationDocument>();
    public DbSet<SituationVersion> SituationVersions => Set<SituationVersion>();
    public DbSet<SituationAssignment> SituationAssignments => Set<SituationAssignment>();
    public DbSet<SituationAssignmentLearner> SituationAssignmentLearners => Set<SituationAssignmentLearner>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<ResourceCompetence> ResourceCompetences => Set<ResourceCompetence>();
    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();
    public DbSet<TrainingPlanBlock> TrainingPlanBlocks => Set<TrainingPlanBlock>();
    public DbSet<PlanPfmpBlock> PlanPfmpBlocks => Set<PlanPfmpBlock>();
    public DbSet<ClassSession> ClassSessions => Set<ClassSession>();
    public DbSet<ClassSessionTeacher> ClassSessionTeachers => Set<ClassSessionTeacher>();
    public DbSet<ClassSessionElement> ClassSessionElements => Set<ClassSessionElement>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<HostOrganisation> HostOrganisations => Set<HostOrganisation>();
    public DbSet<HostContact> HostContacts => Set<HostContact>();
    public DbSet<PartnershipAction> PartnershipActions => Set<PartnershipAction>();
    public DbSet<PartnershipActionPartner> PartnershipActionPartners => Set<PartnershipActionPartner>();
    public DbSet<PartnershipActionCohort> PartnershipActionCohorts => Set<PartnershipActionCohort>();
    public DbSet<PartnershipActionLearner> PartnershipActionLearners => Set<PartnershipActionLearner>();
    public DbSet<ApprenticeshipTaxContribution> ApprenticeshipTaxContributions => Set<ApprenticeshipTaxContribution>();
    public DbSet<PfmpPeriod> PfmpPeriods => Set<PfmpPeriod>();
    public DbSet<LearnerProfile> LearnerProfiles => Set<LearnerProfile>();
    public DbSet<PathAdjustment> PathAdjustments => Set<PathAdjustment>();
    public DbSet<PfmpConvention> PfmpConventions => Set<PfmpConvention>();
    public DbSet<ConventionEvent> ConventionEvents => Set<ConventionEvent>();
    public DbSet<PfmpTarget> PfmpTargets => Set<PfmpTarget>();
    public DbSet<PfmpAbsence> PfmpAbsences => Set<PfmpAbsence>();
    public DbSet<PfmpVisit> PfmpVisits => Set<PfmpVisit>();
    public DbSet<PfmpDocument> PfmpDocuments => Set<PfmpDocument>();
    public DbSet<TutorLink> TutorLinks => Set<TutorLink>();
    public DbSet<HostProposal> HostProposals => Set<HostProposal>();
    public DbSet<PfmpApplication> PfmpApplications => Set<PfmpApplication>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ProcessingActivity> ProcessingActivities => Set<ProcessingActivity>();
    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Trace> Traces => Set<Trace>();
    public DbSet<TraceRevision> TraceRevisions => Set<TraceRevision>();
    public DbSet<TraceDraft> TraceDrafts => Set<TraceDraft>();
    public DbSet<TraceCompetenceLink> TraceCompetenceLinks => Set<TraceCompetenceLink>();
    public DbSet<TraceKnowledgeLink> TraceKnowledgeLinks => Set<TraceKnowledgeLink>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<FeedbackComment> FeedbackComments => Set<FeedbackComment>();
    public DbSet<LearnerTraceCount> LearnerTraceCounts => Set<LearnerTraceCount>();
    public DbSet<LearnerPortfolioActivity> LearnerPortfolioActivities => Set<LearnerPortfolioActivity>();
    public DbSet<LearnerElementLevel> LearnerElementLevels => Set<LearnerElementLevel>();
    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<ShareLinkTrace> ShareLinkTraces => Set<ShareLinkTrace>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<CertificationDossier> CertificationDossiers => Set<CertificationDossier>();
    public DbSet<DossierItem> DossierItems => Set<DossierItem>();
    public DbSet<DossierComment> DossierComments => Set<DossierComment>();
    public DbSet<SubmissionRequirement> SubmissionRequirements => Set<SubmissionRequirement>();
    public DbSet<DossierSnapshot> DossierSnapshots => Set<DossierSnapshot>();
    public DbSet<ExamSession> ExamSessions => Set<ExamSession>();
    public DbSet<ExamJuror> ExamJurors => Set<ExamJuror>();
    public DbSet<JuryLink> JuryLinks => Set<JuryLink>();
    public DbSet<ExamCandidate> ExamCandidates => Set<ExamCandidate>();
    public DbSet<JuryEvaluation> JuryEvaluations => Set<JuryEvaluation>();
    public DbSet<JuryEvaluationLine> JuryEvaluationLines => Set<JuryEvaluationLine>();
    public DbSet<CcfSitting> CcfSittings => Set<CcfSitting>();
    public DbSet<CcfEvaluator> CcfEvaluators => Set<CcfEvaluator>();
    public DbSet<CcfCandidate> CcfCandidates => Set<CcfCandidate>();
    public DbSet<CcfGrid> CcfGrids => Set<CcfGrid>();
    public DbSet<CcfGridLine> CcfGridLines => Set<CcfGridLine>();
    public DbSet<CcfGridSignature> CcfGridSignatures => Set<CcfGridSignature>();
    public DbSet<CcfProject> CcfProjects => Set<CcfProject>();
    public DbSet<CcfProjectMember> CcfProjectMembers => Set<CcfProjectMember>();
    public DbSet<CcfFile> CcfFiles => Set<CcfFile>();
    public DbSet<CcfEvidence> CcfEvidence => Set<CcfEvidence>();
    public DbSet<CcfExamResult> CcfExamResults => Set<CcfExamResult>();
    public DbSet<CcfJuryDecision> CcfJuryDecisions => Set<CcfJuryDecision>();
    public DbSet<PortfolioExport> PortfolioExports => Set<PortfolioExport>();
    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();
    public DbSet<SetupTokenRecord> SetupTokens => Set<SetupTokenRecord>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

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

    // Internal, not private: the compiled models (Data/CompiledModels) create them.
    internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
