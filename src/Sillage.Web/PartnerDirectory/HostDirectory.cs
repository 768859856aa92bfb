using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain.Partners;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;

// The partners' directory as the partners' pages and the PFMP search share it (the forms of a structure and of a contact,
// the duplicate rules): outside Pages/ so that neither feature depends on the other for it.
namespace Sillage.Web.PartnerDirectory;

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

    /// <summary>The directory's rule for a new structure entered in a form (keys "Input.*"): the same SIRET as an
    /// entry is refused, the same name needs <paramref name="confirmed"/>. Returns the duplicates found, for the page
    /// to show; the errors go to <paramref name="state"/>.</summary>
    public static async Task<IReadOnlyList<HostRules.Duplicate>> CheckNewAsync(SillageDb db, Guid establishmentId, HostInput input, bool confirmed,
        string unconfirmed, ModelStateDictionary state, IStringLocalizer l)
    {
        var duplicates = await DuplicatesAsync(db, establishmentId, null, input.Name!, input.Siret);
        if (duplicates.FirstOrDefault(d => d.Reason == HostRules.DuplicateReason.SameSiret) is { } same)
        {
            state.AddMessage(l, "Input.Siret", HostRules.Describe(same));
        }
        else if (duplicates.Count > 0 && !confirmed)
        {
            state.AddModelError("ConfirmDuplicate", unconfirmed);
        }

        return duplicates;
    }

    /// <summary>A new entry of the directory from the form, with its contact when one was entered.</summary>
    public static HostOrganisation NewHost(Guid establishmentId, HostInput input, ContactInput contact, DateTime now)
    {
        var host = new HostOrganisation { EstablishmentId = establishmentId, Name = input.Name!, CreatedAt = now };
        input.ApplyTo(host, now);
        if (!contact.IsEmpty)
        {
            host.Contacts.Add(contact.ToContact(host.Id));
        }

        return host;
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
