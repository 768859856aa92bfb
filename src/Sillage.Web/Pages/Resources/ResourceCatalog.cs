using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Resources;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Resources;

/// <summary>The resources a user sees (common library and their establishment's, teachers' ones for staff only) and the competence trees they can
/// be attached to: the latest version of each installed framework.</summary>
public sealed class ResourceCatalog(SillageDb db, CohortAccess cohorts, LibraryScope library, IHttpContextAccessor http)
{
    /// <summary>The library's resources and the establishment's; a learner does not see those meant for teachers.</summary>
    public async Task<IQueryable<Resource>> ReadableAsync()
    {
        var readable = await library.ReadableAsync(db.Resources);
        return http.HttpContext!.User.IsStaff() ? readable : readable.Where(r => r.Audience != ResourceAudience.Teachers);
    }

    public Task<IQueryable<Resource>> EditableAsync() => library.EditableAsync(db.Resources);

    public Task<Guid?> HomeAsync() => cohorts.EstablishmentAsync();

    /// <summary>Blocs, compétences and compétences détaillées of the latest version of each framework, in tree order.</summary>
    public async Task<IReadOnlyList<FrameworkElements>> FrameworksAsync(CancellationToken cancellationToken)
    {
        var latest = (await db.Frameworks.AsNoTracking().Select(f => new { f.Id, f.Code, f.ShortTitle, f.Title, f.ImportedAt }).ToListAsync(cancellationToken))
            .GroupBy(f => f.Code).Select(g => g.OrderByDescending(f => f.ImportedAt).First()).OrderByDescending(f => f.Code == "mc-sno").ThenBy(f => f.Title).ToList();
        var ids = latest.Select(f => f.Id).ToList();
        var elements = await FrameworkOutline.OfAsync(db, ids, cancellationToken);
        return latest.Select(f => new FrameworkElements(f.Code, f.ShortTitle ?? f.Title,
            elements.Where(e => e.FrameworkId == f.Id).Select(e => e.Element).ToList())).ToList();
    }
}

/// <summary>A framework's code, name and elements (for pickers and filters).</summary>
public sealed record FrameworkElements(string Code, string Name, IReadOnlyList<FrameworkOutline.Element> Elements)
{
    /// <summary>The codes of the element and of everything above and below it: a resource on bloc 2 serves C2.3.1,
    /// one on C2.3.1 serves C2.3 too.</summary>
    public IReadOnlySet<string> Related(string code)
    {
        var byCode = Elements.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var byId = Elements.ToDictionary(e => e.Id);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!byCode.TryGetValue(code, out var element))
        {
            return result;
        }

        for (var up = element; up is not null; up = up.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            result.Add(up.Code);
        }

        var children = Elements.ToLookup(e => e.ParentId);
        var stack = new Stack<FrameworkOutline.Element>([element]);
        while (stack.TryPop(out var current))
        {
            result.Add(current.Code);
            foreach (var child in children[current.Id])
            {
                stack.Push(child);
            }
        }

        return result;
    }
}
