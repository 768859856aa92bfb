using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>The drafts a user may edit: an administrator every draft; a référent those of their establishment
/// (none without one). Anything else answers 404, so that ids reveal nothing.</summary>
public sealed class FrameworkDrafts(SillageDb db, CohortAccess access, IHttpContextAccessor http)
{
    public async Task<IQueryable<FrameworkDraft>> EditableAsync(CancellationToken cancellationToken = default)
    {
        if (access.IsAdmin)
        {
            return db.FrameworkDrafts;
        }

        if (http.HttpContext?.User.IsInRole(Roles.Coordinator) != true || await access.EstablishmentAsync() is not { } establishment)
        {
            return db.FrameworkDrafts.Where(_ => false);
        }

        _ = cancellationToken;
        return db.FrameworkDrafts.Where(d => d.EstablishmentId == establishment);
    }

    public async Task<FrameworkDraft?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await EditableAsync(cancellationToken)).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
}
