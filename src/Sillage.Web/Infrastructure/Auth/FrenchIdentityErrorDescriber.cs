using Microsoft.AspNetCore.Identity;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>Identity's messages in French: they reach the forms through ModelState.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Une erreur inconnue s'est produite.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Le compte a été modifié entre-temps : rechargez la page.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mot de passe incorrect.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Ce lien n'est plus valable : il a expiré ou a déjà servi. Demandez une nouvelle invitation.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"L'identifiant « {userName} » est déjà utilisé.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"L'adresse e-mail « {email} » est déjà utilisée par un autre compte.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'adresse e-mail « {email} » est invalide.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"L'identifiant « {userName} » est invalide.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Le mot de passe doit compter au moins {length} caractères.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Le mot de passe doit contenir un caractère spécial.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Le mot de passe doit contenir un chiffre.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Le mot de passe doit contenir une minuscule.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Le mot de passe doit contenir une majuscule.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Ce compte a déjà un mot de passe.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Le verrouillage n'est pas activé pour ce compte.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Ce compte a déjà le rôle « {Roles.Label(role)} ».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Ce compte n'a pas le rôle « {Roles.Label(role)} ».");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Le rôle « {role} » existe déjà.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Le nom de rôle « {role} » est invalide.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Code de récupération incorrect.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Ce compte externe est déjà associé à un utilisateur.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
