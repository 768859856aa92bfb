using Microsoft.AspNetCore.Identity;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.People;

/// <summary>Invitation and password-reset links: a password-reset token (a week, single use) on the
/// invitation page, sent through the outbox.</summary>
public sealed class Invitations(UserManager<User> users, EmailOutbox outbox, PublicAddress address, TimeProvider clock)
{
    public async Task<string> InviteAsync(User user)
    {
        var link = await LinkAsync(user);
        user.InvitedAt = clock.GetUtcNow().UtcDateTime;
        outbox.Enqueue(user.Email!, "Votre compte Sillage",
            $"""
            Bonjour {user.FirstName},

            Un compte a été créé pour vous sur Sillage, le dossier numérique de votre formation.
            Choisissez votre mot de passe en ouvrant ce lien (valable 7 jours, utilisable une fois) :

            {link}

            Votre identifiant est votre adresse e-mail : {user.Email}

            Si vous n'attendiez pas ce message, ignorez-le.
            """);
        return link;
    }

    public async Task<string> SendResetAsync(User user)
    {
        var link = await LinkAsync(user);
        outbox.Enqueue(user.Email!, "Réinitialisation de votre mot de passe Sillage",
            $"""
            Bonjour {user.FirstName},

            Une réinitialisation du mot de passe de votre compte Sillage a été demandée.
            Choisissez un nouveau mot de passe en ouvrant ce lien (valable 7 jours, utilisable une fois) :

            {link}

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.
            """);
        return link;
    }

    private async Task<string> LinkAsync(User user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return address.Page("/Account/Invitation", new { u = user.Id, t = token });
    }
}
