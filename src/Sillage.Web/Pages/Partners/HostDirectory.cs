using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Partners;

/// <summary>Lookups the directory's pages share: duplicates of a structure, and the establishment a new one belongs to.</summary>
public static class HostDirectory
{
    /// <summary>Existing structures of the establishment that the candidate would duplicate (index lookups on the
    /// folded name and the SIRET, then the domain rule).</summary>
    public static async Task<IReadOnlyList<HostRules.Duplicate>> DuplicatesAsync(SillageDb db, Guid establishmentId, Guid? id, string name, string? siret)
    {
        var normalized = HostRules.NormalizeName(name);
        var digits = string.IsNullOrWhiteSpace(siret) ? null : Siret.Normalize(siret);
        var candidates = await db.HostOrganisations.AsNoTracking()
            .Where(h => h.EstablishmentId == establishmentId && (h.NormalizedName == normalized || (digits != null && h.Siret == digits)))
            .Select(h => new HostRules.Candidate(h.Id, h.Name, h.Siret)).ToListAsync();
        return HostRules.FindDuplicates(new(id, name, digits), candidates);
    }

    /// <summary>The establishment of the signed-in manager; an administrator without one gets the only establishment, if
    /// there is one; a référent without one gets none.</summary>
    public static async Task<Guid?> EstablishmentAsync(SillageDb db, CohortAccess access)
    {
        if (await access.EstablishmentAsync() is { } own)
        {
            return own;
        }

        if (!access.IsAdmin)
        {
            return null;
        }

        var all = await db.Establishments.Select(e => e.Id).Take(2).ToListAsync();
        return all.Count == 1 ? all[0] : null;
    }
}
