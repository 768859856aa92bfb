using Microsoft.AspNetCore.Identity;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.People;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A contact of the directory named tutor of a period gets a tutor account (no password: they come in
/// through an invitation or an expiring link). An address already used by another kind of account is refused.</summary>
public sealed class TutorAccounts(UserManager<User> users, PersonAccounts accounts)
{
    /// <param name="contact">Tracked: its <see cref="HostContact.UserId"/> is set.</param>
    public async Task<(Guid? TutorId, string? Error)> EnsureAsync(HostContact contact, Guid establishmentId)
    {
        if (contact.UserId is { } known && await users.FindByIdAsync(known.ToString()) is not null)
        {
            return (known, null);
        }

        if (string.IsNullOrWhiteSpace(contact.Email))
        {
            return (null, $"{contact.FullName} n'a pas d'adresse e-mail dans l'annuaire : ajoutez-la pour lui ouvrir l'espace tuteur.");
        }

        var email = PersonRules.NormalizeEmail(contact.Email);
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (!await users.IsInRoleAsync(existing, Roles.Tutor))
            {
                return (null, $"L'adresse {email} appartient déjà à un compte qui n'est pas un compte de tuteur : indiquez une autre adresse pour {contact.FullName}.");
            }

            contact.UserId = existing.Id;
            return (existing.Id, null);
        }

        var (user, errors) = await accounts.CreateAsync(new(contact.FirstName, contact.LastName, email, null, Roles.Tutor, establishmentId));
        if (user is null)
        {
            return (null, string.Join(" ", errors));
        }

        contact.UserId = user.Id;
        return (user.Id, null);
    }
}
