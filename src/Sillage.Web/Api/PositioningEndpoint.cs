using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Suivi;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Pages.Suivi;

namespace Sillage.Web.Api;

/// <summary>
/// Records a positionnement as <c>/suivi/apprenants/{id}/positionner</c> does: staff who see one of the learner's cohorts,
/// never on themselves, through the same domain rule (<see cref="Positioning.Create"/> with
/// <see cref="PositioningForm.Frame"/>). A positionnement is a new immutable event; a correction names the event it
/// corrects, which must be the caller's own (or any, for a manager) and not corrected yet — if another correction got
/// there first, 409.
/// </summary>
public static class PositioningEndpoint
{
    public sealed record PositioningInput(Guid? ElementId, int? Level, DateOnly? ObservedOn, AssessmentContext? Context, string? Comment,
        IReadOnlyList<Guid>? Evidence, Guid? CorrectsId, Guid? CohortId);

    public sealed record Recorded(Guid Id, Guid CohortId, Guid ElementId, int Level, string LevelLabel, DateOnly ObservedOn, DateTime RecordedAt, Guid? CorrectsId);

    public static void MapPositioningEndpoint(this RouteGroupBuilder api) =>
        api.MapPost("/learners/{id:guid}/positionnements", RecordAsync)
            .RequireAuthorization(ApiPolicies.Staff, ApiPolicies.Write)
            .WithTags("Apprenants").WithName("RecordPositionnement").WithSummary("Enregistrer un positionnement");

    private static async Task<Results<Created<Recorded>, NotFound, Conflict, ProblemHttpResult>> RecordAsync(Guid id, PositioningInput input,
        SillageDb db, CohortAccess access, SchoolClock clock, IStringLocalizer<Text> l, HttpContext http, CancellationToken cancellationToken)
    {
        var me = http.User.UserId();
        if (id == me || await access.LearnerCohortAsync(id, input.CohortId) is not { } cohortId
            || await CohortSuivi.ForLearnerAsync(db, cohortId, id, cancellationToken) is not { } data)
        {
            return TypedResults.NotFound();
        }

        if (data.Cohort.Archived)
        {
            return ApiProblems.Validation(l, [("cohortId", new Sillage.Domain.Message("La promotion « {0} » est archivée : ses positionnements ne changent plus.", data.Cohort.Name))]);
        }

        Assessment? corrected = null;
        if (input.CorrectsId is { } correctsId)
        {
            var management = http.User.IsManagement();
            corrected = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == correctsId && a.LearnerId == id
                && a.CohortId == cohortId && (a.AssessorId == me || management), cancellationToken);
            if (corrected is null)
            {
                return TypedResults.NotFound();
            }

            if (await db.Assessments.AnyAsync(c => c.CorrectsId == correctsId, cancellationToken))
            {
                return TypedResults.Conflict();
            }
        }

        var traces = await db.Traces.Where(t => t.LearnerId == id && t.DeletedAt == null).Select(t => t.Id).ToListAsync(cancellationToken);
        var request = new PositioningRequest(id, cohortId, input.ElementId, me, AssessorRole.Teacher, input.Level, input.ObservedOn,
            input.Context ?? AssessmentContext.Situation, input.Comment)
        {
            Evidence = input.Evidence ?? [],
            Corrects = corrected,
        };
        var (assessment, failures) = Positioning.Create(request, PositioningForm.Frame(data.Elements, data.Scale, traces, clock.Today), clock.GetUtcNow().UtcDateTime);
        if (assessment is null || failures.Count > 0)
        {
            return ApiProblems.Validation(l, failures.Select(f => (Field(f.Field), f.Message)));
        }

        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/learners/{id}/positionnements",
            new Recorded(assessment.Id, cohortId, assessment.ElementId, assessment.Level, data.Level(assessment.Level).Label, assessment.ObservedOn, assessment.RecordedAt, assessment.CorrectsId));
    }

    /// <summary>The JSON field a rule is about.</summary>
    private static string Field(PositioningField field) => field switch
    {
        PositioningField.Element => "elementId",
        PositioningField.Level => "level",
        PositioningField.ObservedOn => "observedOn",
        PositioningField.Context => "context",
        PositioningField.Comment => "comment",
        _ => "evidence",
    };
}
