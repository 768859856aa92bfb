using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sillage.Domain;

namespace Sillage.Web.Api;

/// <summary>One page of a list that can be long: <c>?page=1&amp;pageSize=50</c> (at most <see cref="MaxSize"/>), with the
/// total so that a client knows when to stop.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The requested page, checked.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public int Skip => (Page - 1) * Size;

    /// <summary>The paging asked for, or the 400 answer naming the wrong parameter.</summary>
    public static (Paging Paging, ProblemHttpResult? Problem) Check(int? page, int? pageSize, IStringLocalizer l)
    {
        var failures = new List<(string, Message)>();
        if (page is < 1)
        {
            failures.Add(("page", new Message("La page commence à 1.")));
        }

        if (pageSize is < 1 or > MaxSize)
        {
            failures.Add(("pageSize", new Message("La taille de page va de 1 à {0}.", MaxSize)));
        }

        return failures.Count > 0
            ? (default, ApiProblems.Validation(l, failures, StatusCodes.Status400BadRequest))
            : (new Paging(page ?? 1, pageSize ?? DefaultSize), null);
    }

    public async Task<ApiPage<T>> ReadAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken) =>
        new(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(ordered.Skip(Skip).Take(Size), cancellationToken),
            Page, Size, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, cancellationToken));
}
