using Sillage.Domain.Certification;
using Sillage.Domain.Certification.Ccf;
using Sillage.Domain.Frameworks;
using Sillage.Domain.People;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Situations;
using Sillage.Domain.Suivi;
using Sillage.Domain.Teaching;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>
/// The records of one cohort that point to framework elements, one query per kind, restricted to the given elements.
/// What belongs to the cohort: its positionnements; the links of its learners' traces (deleted traces too: nothing a
/// learner wrote is dropped); the lines of the CCF grids and jury evaluations of its sittings and exam sessions; its
/// dossiers and exam sessions; the targets of its PFMP periods; the elements of its class sessions.
/// </summary>
public sealed class CohortElementRows(SillageDb db, Guid cohortId, IQueryable<Guid> elements)
{
    /// <summary>Every reference to <see cref="FrameworkElement"/> in the model and what moving a cohort does with it.
    /// A test compares this list with the model: a new reference must be added here (and handled) to pass.</summary>
    public static readonly IReadOnlyDictionary<(Type Entity, string Property), string> Handling = new Dictionary<(Type, string), string>
    {
        [(typeof(Assessment), nameof(Assessment.ElementId))] = "carried",
        [(typeof(TraceCompetenceLink), nameof(TraceCompetenceLink.ElementId))] = "carried",
        [(typeof(TraceKnowledgeLink), nameof(TraceKnowledgeLink.ElementId))] = "carried",
        [(typeof(CcfGridLine), nameof(CcfGridLine.ElementId))] = "carried",
        [(typeof(JuryEvaluationLine), nameof(JuryEvaluationLine.ElementId))] = "carried (no foreign key)",
        [(typeof(CertificationDossier), nameof(CertificationDossier.BlockId))] = "carried",
        [(typeof(ExamSession), nameof(ExamSession.BlockId))] = "carried",
        [(typeof(PfmpTarget), nameof(PfmpTarget.ElementId))] = "carried",
        [(typeof(ClassSessionElement), nameof(ClassSessionElement.ElementId))] = "carried",
        [(typeof(LearnerTraceCount), nameof(LearnerTraceCount.ElementId))] = "recomputed from the trace links by PortfolioFigures in the same transaction",
        [(typeof(Sillage.Domain.Suivi.LearnerElementLevel), nameof(Sillage.Domain.Suivi.LearnerElementLevel.ElementId))] = "recomputed from the positionnements by PortfolioFigures in the same transaction",
        [(typeof(MissionCompetence), nameof(MissionCompetence.ElementId))] = "left: a situation keeps its version, other cohorts may use it (docs/adr/0013)",
        [(typeof(DossierSnapshot), nameof(DossierSnapshot.BlockId))] = "left: a submitted dossier is frozen with the version it was submitted on (no foreign key)",
        [(typeof(FrameworkElement), nameof(FrameworkElement.ParentId))] = "the version's own tree",
        [(typeof(FrameworkMapping), nameof(FrameworkMapping.ElementId))] = "the version's own correspondences",
    };

    private IQueryable<Guid> Traces()
    {
        var learners = db.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner).Select(m => m.PersonId);
        return db.Traces.Where(t => learners.Contains(t.LearnerId)).Select(t => t.Id);
    }

    public IQueryable<Assessment> Assessments() => db.Assessments.Where(a => a.CohortId == cohortId && elements.Contains(a.ElementId));

    public IQueryable<TraceCompetenceLink> TraceLinks()
    {
        var traces = Traces();
        return db.TraceCompetenceLinks.Where(l => traces.Contains(l.TraceId) && elements.Contains(l.ElementId));
    }

    public IQueryable<TraceKnowledgeLink> KnowledgeLinks()
    {
        var traces = Traces();
        return db.TraceKnowledgeLinks.Where(l => traces.Contains(l.TraceId) && elements.Contains(l.ElementId));
    }

    public IQueryable<CcfGridLine> GridLines()
    {
        var sittings = db.CcfSittings.Where(s => s.CohortId == cohortId).Select(s => s.Id);
        var candidates = db.CcfCandidates.Where(c => sittings.Contains(c.SittingId)).Select(c => c.Id);
        var grids = db.CcfGrids.Where(g => candidates.Contains(g.EvaluationId)).Select(g => g.Id);
        return db.CcfGridLines.Where(l => grids.Contains(l.GridId) && elements.Contains(l.ElementId));
    }

    public IQueryable<JuryEvaluationLine> JuryLines()
    {
        var sessions = db.ExamSessions.Where(s => s.CohortId == cohortId).Select(s => s.Id);
        var candidates = db.ExamCandidates.Where(c => sessions.Contains(c.SessionId)).Select(c => c.Id);
        var evaluations = db.JuryEvaluations.Where(e => candidates.Contains(e.CandidateId)).Select(e => e.Id);
        return db.JuryEvaluationLines.Where(l => evaluations.Contains(l.EvaluationId) && elements.Contains(l.ElementId));
    }

    public IQueryable<CertificationDossier> Dossiers() => db.CertificationDossiers.Where(d => d.CohortId == cohortId && elements.Contains(d.BlockId));

    public IQueryable<ExamSession> ExamSessions() => db.ExamSessions.Where(s => s.CohortId == cohortId && elements.Contains(s.BlockId));

    public IQueryable<PfmpTarget> PfmpTargets()
    {
        var periods = db.PfmpPeriods.Where(p => p.CohortId == cohortId).Select(p => p.Id);
        return db.PfmpTargets.Where(t => periods.Contains(t.PeriodId) && elements.Contains(t.ElementId));
    }

    public IQueryable<ClassSessionElement> ClassSessions()
    {
        var sessions = db.ClassSessions.Where(s => s.CohortId == cohortId).Select(s => s.Id);
        return db.ClassSessionElements.Where(e => sessions.Contains(e.SessionId) && elements.Contains(e.ElementId));
    }

    /// <summary>The element of each record, one per record, by kind.</summary>
    public IEnumerable<(ElementUse Use, IQueryable<Guid> ElementIds)> ElementIds() =>
    [
        (ElementUse.Assessment, Assessments().Select(a => a.ElementId)),
        (ElementUse.TraceLink, TraceLinks().Select(l => l.ElementId)),
        (ElementUse.KnowledgeLink, KnowledgeLinks().Select(l => l.ElementId)),
        (ElementUse.GridLine, GridLines().Select(l => l.ElementId)),
        (ElementUse.JuryLine, JuryLines().Select(l => l.ElementId)),
        (ElementUse.Dossier, Dossiers().Select(d => d.BlockId)),
        (ElementUse.ExamSession, ExamSessions().Select(s => s.BlockId)),
        (ElementUse.PfmpTarget, PfmpTargets().Select(t => t.ElementId)),
        (ElementUse.ClassSession, ClassSessions().Select(e => e.ElementId)),
    ];
}
