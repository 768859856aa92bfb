using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Organisations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Organisations;

/// <summary>Who sees and changes which organisation: everyone of the school reads the common library and their
/// establishment's organisations; staff change their establishment's, administrators the common library.</summary>
public sealed class OrganisationAccess(SillageDb db, CohortAccess cohorts, LibraryScope library)
{
    public Task<IQueryable<Organisation>> ReadableAsync() => library.ReadableAsync(db.Organisations);

    public Task<IQueryable<Organisation>> EditableAsync() => library.EditableAsync(db.Organisations);

    /// <summary>The organisation with its sites and people, tracked, when this user may change it.</summary>
    public async Task<Organisation?> LoadEditableAsync(Guid id, CancellationToken cancellationToken) =>
        await (await EditableAsync())
            .Include(o => o.Sites.OrderBy(s => s.SortOrder))
            .Include(o => o.People.OrderBy(p => p.SortOrder))
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<Guid?> HomeAsync() => cohorts.EstablishmentAsync();
}
