using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Sillage.Web.Infrastructure.Localization;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>Identity's messages in French (translated by the catalogue in the request's language): they reach the forms through ModelState.</summary>
public sealed class FrenchIdentityErrorDescriber(IStringLocalizer<Text> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["Une erreur inconnue s'est produite."]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Le compte a été modifié entre-temps : rechargez la page."]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Mot de passe incorrect."]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["Ce lien n'est plus valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation."]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["L'identifiant « {0} » est déjà utilisé.", userName]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["L'adresse e-mail « {0} » est déjà utilisée par un autre compte.", email]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["L'adresse e-mail « {0} » est invalide.", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["L'identifiant « {0} » est invalide.", userName ?? ""]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Le mot de passe doit compter au moins {0} caractères.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["Le mot de passe doit contenir au moins {0} caractères différents.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["Le mot de passe doit contenir un caractère spécial."]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Le mot de passe doit contenir un chiffre."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Le mot de passe doit contenir une minuscule."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Le mot de passe doit contenir une majuscule."]);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), l["Ce compte a déjà un mot de passe."]);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), l["Le verrouillage n'est pas activé pour ce compte."]);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), l["Ce compte a déjà le rôle « {0} ».", l[Roles.Label(role)].Value]);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), l["Ce compte n'a pas le rôle « {0} ».", l[Roles.Label(role)].Value]);
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), l["Le rôle « {0} » existe déjà.", role]);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), l["Le nom de rôle « {0} » est invalide.", role ?? ""]);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), l["Code de récupération incorrect."]);
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), l["Ce compte externe est déjà associé à un utilisateur."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
