using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Pfmp;
using Sillage.Domain.Portfolio;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Api;

/// <summary>
/// One learner's suivi, traces and PFMP periods, for the learner themself or the staff who see one of their cohorts —
/// the rule of <c>/suivi/apprenants/{id}</c> (<see cref="CohortAccess.LearnerCohortAsync"/>), of the dossier
/// (<see cref="PortfolioAccess"/>) and of the PFMP pages (<see cref="PfmpAccess"/>). Anyone else gets 404.
/// Traces are given by their metadata only: title, kind, dates, competences — never their text or attachments.
/// </summary>
public static class LearnerEndpoints
{
    public sealed record ScaleLevel(int Rank, string Label, bool CountsAsAcquired);

    public sealed record ElementState(Guid Id, Guid? ParentId, string Kind, string Code, string Title, int Level, bool Derived);

    public sealed record CompetenceStates(Guid LearnerId, Guid CohortId, IReadOnlyList<ScaleLevel> Scale, IReadOnlyList<ElementState> Elements);

    public sealed record PositioningItem(Guid Id, Guid CohortId, Guid ElementId, int Level, string Context, string AssessorRole,
        DateOnly ObservedOn, DateTime RecordedAt, Guid? CorrectsId, string? Comment);

    public sealed record TraceItem(Guid Id, string Title, string Kind, DateOnly ActivityDate, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<Guid> CompetenceIds);

    public sealed record PfmpItem(Guid Id, Guid CohortId, string HostOrganisation, DateOnly Start, DateOnly End, decimal WeeklyHours, string ConventionStatus);

    public static void MapLearnerEndpoints(this RouteGroupBuilder api)
    {
        var learners = api.MapGroup("/learners/{id:guid}").RequireAuthorization(ApiPolicies.School).WithTags("Apprenants");
        learners.MapGet("/competences", CompetencesAsync).WithName("GetLearnerCompetences").WithSummary("État des compétences d'un apprenant");
        learners.MapGet("/positionnements", PositioningsAsync).WithName("ListLearnerPositionnements").WithSummary("Historique des positionnements");
        learners.MapGet("/traces", TracesAsync).WithName("ListLearnerTraces").WithSummary("Traces du dossier (métadonnées)");
        learners.MapGet("/pfmp", PfmpAsync).WithName("ListLearnerPfmp").WithSummary("Périodes de PFMP");
    }

    private static async Task<Results<Ok<CompetenceStates>, NotFound>> CompetencesAsync(Guid id, Guid? cohortId, SillageDb db, CohortAccess access, CancellationToken cancellationToken)
    {
        if (await access.LearnerCohortAsync(id, cohortId) is not { } cohort
            || await LearnerCompetenceState.LoadAsync(db, cohort, id, cancellationToken) is not { } state)
        {
            return TypedResults.NotFound();
        }

        var elements = state.Elements.Where(e => e.Kind is ElementKind.Competence or ElementKind.DetailedCompetence).Select(e =>
        {
            var (level, derived, _) = e.Kind == ElementKind.Competence ? state.CompetenceLevel(e) : (state.State(e.Id).Level, false, CompetenceState.NotAssessed);
            return new ElementState(e.Id, e.ParentId, e.Kind.ToString(), e.Code, e.Title, level, derived);
        }).ToList();
        return TypedResults.Ok(new CompetenceStates(id, cohort, state.Scale.Select(s => new ScaleLevel(s.Rank, s.Label, s.CountsAsAcquired)).ToList(), elements));
    }

    private static async Task<Results<Ok<ApiPage<PositioningItem>>, NotFound, ProblemHttpResult>> PositioningsAsync(Guid id, Guid? cohortId, int? page, int? pageSize,
        SillageDb db, CohortAccess access, IStringLocalizer<Text> l, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.Check(page, pageSize, l);
        if (problem is not null)
        {
            return problem;
        }

        if (await access.LearnerCohortAsync(id, cohortId) is not { } cohort)
        {
            return TypedResults.NotFound();
        }

        var query = db.Assessments.AsNoTracking().Where(a => a.LearnerId == id && a.CohortId == cohort)
            .OrderByDescending(a => a.RecordedAt).ThenBy(a => a.Id)
            .Select(a => new PositioningItem(a.Id, a.CohortId, a.ElementId, a.Level, a.Context.ToString(), a.AssessorRole.ToString(),
                a.ObservedOn, a.RecordedAt, a.CorrectsId, a.Comment));
        return TypedResults.Ok(await paging.ReadAsync(query, cancellationToken));
    }

    private static async Task<Results<Ok<ApiPage<TraceItem>>, NotFound, ProblemHttpResult>> TracesAsync(Guid id, int? page, int? pageSize,
        SillageDb db, PortfolioAccess access, IStringLocalizer<Text> l, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.Check(page, pageSize, l);
        if (problem is not null)
        {
            return problem;
        }

        if (!await access.CanReadDossierOfAsync(id))
        {
            return TypedResults.NotFound();
        }

        var query = access.ReadableTraces().AsNoTracking().Where(t => t.LearnerId == id && t.DeletedAt == null)
            .OrderByDescending(t => t.ActivityDate).ThenBy(t => t.Id)
            .Select(t => new TraceItem(t.Id, t.Title, t.Kind.ToString(), t.ActivityDate, t.CreatedAt, t.UpdatedAt,
                db.TraceCompetenceLinks.Where(k => k.TraceId == t.Id).OrderBy(k => k.ElementId).Select(k => k.ElementId).ToList()));
        return TypedResults.Ok(await paging.ReadAsync(query, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<PfmpItem>>, NotFound>> PfmpAsync(Guid id, SillageDb db, CohortAccess cohorts, PfmpAccess access,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (await cohorts.LearnerCohortAsync(id) is null)
        {
            return TypedResults.NotFound();
        }

        var periods = http.User.UserId() == id ? access.OwnPeriods() : access.VisiblePeriods();
        IReadOnlyList<PfmpItem> items = await periods.AsNoTracking().Where(p => p.LearnerId == id)
            .OrderBy(p => p.Start).ThenBy(p => p.Id)
            .Select(p => new PfmpItem(p.Id, p.CohortId, db.HostOrganisations.Where(h => h.Id == p.HostOrganisationId).Select(h => h.Name).First(),
                p.Start, p.End, p.WeeklyHours, p.Convention.Status.ToString()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items);
    }
}
