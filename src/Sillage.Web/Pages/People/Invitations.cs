using Microsoft.AspNetCore.Identity;
using Sillage.Domain;
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
        outbox.Enqueue(user.Email!, new Message("Votre compte Sillage"),
            new Message("Bonjour {0},\n\nUn compte a été créé pour vous sur Sillage, le dossier numérique de votre formation.\nChoisissez votre mot de passe en ouvrant ce lien (valable 7 jours, utilisable une fois) :\n\n{1}\n\nVotre identifiant est votre adresse e-mail : {2}\n\nSi vous n'attendiez pas ce message, ignorez-le.",
                user.FirstName, link, user.Email!));
        return link;
    }

    public async Task<string> SendResetAsync(User user)
    {
        var link = await LinkAsync(user);
        outbox.Enqueue(user.Email!, new Message("Réinitialisation de votre mot de passe Sillage"),
            new Message("Bonjour {0},\n\nUne réinitialisation du mot de passe de votre compte Sillage a été demandée.\nChoisissez un nouveau mot de passe en ouvrant ce lien (valable 7 jours, utilisable une fois) :\n\n{1}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
                user.FirstName, link));
        return link;
    }

    private async Task<string> LinkAsync(User user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return address.Page("/Account/Invitation", new { u = user.Id, t = token });
    }
}
