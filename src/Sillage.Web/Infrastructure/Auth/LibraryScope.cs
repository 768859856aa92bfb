using System.Security.Claims;
using Sillage.Domain;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// Who reads and changes the records of the common library and of the establishments (organisations, resources,
/// situations): administrators read everything; the others read the library and their establishment's records.
/// Staff change their establishment's records, administrators the library too; nobody else changes any.
/// </summary>
public sealed class LibraryScope(CohortAccess cohorts, IHttpContextAccessor http)
{
    private ClaimsPrincipal User => http.HttpContext!.User;

    public async Task<IQueryable<T>> ReadableAsync<T>(IQueryable<T> all) where T : ILibraryRecord
    {
        if (User.IsInRole(Roles.Admin))
        {
            return all;
        }

        var establishment = await cohorts.EstablishmentAsync();
        return all.Where(r => r.EstablishmentId == null || r.EstablishmentId == establishment);
    }

    public async Task<IQueryable<T>> EditableAsync<T>(IQueryable<T> all) where T : ILibraryRecord
    {
        if (!User.IsStaff())
        {
            return all.Where(_ => false);
        }

        var isAdmin = User.IsInRole(Roles.Admin);
        var establishment = await cohorts.EstablishmentAsync();
        return all.Where(r => (r.EstablishmentId == null && isAdmin) || (r.EstablishmentId != null && r.EstablishmentId == establishment));
    }
}
