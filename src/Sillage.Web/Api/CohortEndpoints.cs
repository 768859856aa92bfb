using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Api;

/// <summary>The cohorts the caller sees and their learners: staff only, like <c>/promotions</c>, through
/// <see cref="CohortAccess.VisibleCohorts"/>; a cohort outside answers 404.</summary>
public static class CohortEndpoints
{
    public sealed record CohortItem(Guid Id, string Name, string SchoolYear, Guid FrameworkId, bool Archived);

    public sealed record LearnerItem(Guid Id, string FirstName, string LastName, string? Group, bool Active);

    public static void MapCohortEndpoints(this RouteGroupBuilder api)
    {
        var cohorts = api.MapGroup("/cohorts").RequireAuthorization(ApiPolicies.Staff).WithTags("Promotions");
        cohorts.MapGet("/", ListAsync).WithName("ListCohorts").WithSummary("Promotions visibles");
        cohorts.MapGet("/{id:guid}/learners", LearnersAsync).WithName("ListCohortLearners").WithSummary("Apprenants d'une promotion");
    }

    private static async Task<Results<Ok<ApiPage<CohortItem>>, ProblemHttpResult>> ListAsync(CohortAccess access, IStringLocalizer<Text> l, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.Check(page, pageSize, l);
        if (problem is not null)
        {
            return problem;
        }

        var query = access.VisibleCohorts().AsNoTracking()
            .OrderBy(c => c.Archived).ThenByDescending(c => c.SchoolYear).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new CohortItem(c.Id, c.Name, c.SchoolYear, c.FrameworkId, c.Archived));
        return TypedResults.Ok(await paging.ReadAsync(query, cancellationToken));
    }

    private static async Task<Results<Ok<ApiPage<LearnerItem>>, NotFound, ProblemHttpResult>> LearnersAsync(Guid id, SillageDb db, CohortAccess access, IStringLocalizer<Text> l, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, problem) = Paging.Check(page, pageSize, l);
        if (problem is not null)
        {
            return problem;
        }

        if (!await access.VisibleCohorts().AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var query = db.CohortMembers.AsNoTracking().Where(m => m.CohortId == id && m.Role == CohortRole.Learner)
            .Join(db.Users, m => m.PersonId, u => u.Id, (m, u) => new { m, u })
            .OrderBy(x => x.u.LastName).ThenBy(x => x.u.FirstName).ThenBy(x => x.u.Id)
            .Select(x => new LearnerItem(x.u.Id, x.u.FirstName, x.u.LastName,
                db.Groups.Where(g => g.Id == x.m.GroupId).Select(g => g.Name).FirstOrDefault(), x.u.DeactivatedAt == null));
        return TypedResults.Ok(await paging.ReadAsync(query, cancellationToken));
    }
}
