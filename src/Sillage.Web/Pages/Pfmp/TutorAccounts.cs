using Microsoft.AspNetCore.Identity;
using Sillage.Domain;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.People;

namespace Sillage.Web.Pages.Pfmp;

/// <summary>A contact of the directory named tutor of a period gets a tutor account (no password: they come in
/// through an invitation or an expiring link). An address already used by another kind of account is refused, and
/// so is the account of a person of another establishment: it is never tied to this school's contact, invited or
/// linked from here, nor named (addresses are unique across the instance, so the match alone must disclose nothing).</summary>
public sealed class TutorAccounts(UserManager<User> users, PersonAccounts accounts)
{
    /// <param name="contact">Tracked: its <see cref="HostContact.UserId"/> is set.</param>
    public async Task<(Guid? TutorId, Message? Error)> EnsureAsync(HostContact contact, Guid establishmentId)
    {
        if (contact.UserId is { } known && await users.FindByIdAsync(known.ToString()) is { } linked)
        {
            return linked.EstablishmentId == establishmentId ? (known, null) : (null, OtherEstablishment(contact));
        }

        if (string.IsNullOrWhiteSpace(contact.Email))
        {
            return (null, new Message("{0} n'a pas d'adresse e-mail dans l'annuaire : ajoutez-la pour lui ouvrir l'espace tuteur.", contact.FullName));
        }

        var email = PersonRules.NormalizeEmail(contact.Email);
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (existing.EstablishmentId != establishmentId)
            {
                return (null, OtherEstablishment(contact));
            }

            if (!await users.IsInRoleAsync(existing, Roles.Tutor))
            {
                return (null, new Message("L'adresse {0} appartient déjà à un compte qui n'est pas un compte de tuteur : indiquez une autre adresse pour {1}.", email, contact.FullName));
            }

            contact.UserId = existing.Id;
            return (existing.Id, null);
        }

        var (user, errors) = await accounts.CreateAsync(new(contact.FirstName, contact.LastName, email, null, Roles.Tutor, establishmentId));
        if (user is null)
        {
            // Identity's errors are already in the request's language.
            return (null, new Message("{0}", string.Join(" ", errors)));
        }

        contact.UserId = user.Id;
        return (user.Id, null);
    }

    private static Message OtherEstablishment(HostContact contact) =>
        new("L'adresse e-mail de {0} appartient au compte d'une personne d'un autre établissement : indiquez une autre adresse pour ce contact.", contact.FullName);
}
