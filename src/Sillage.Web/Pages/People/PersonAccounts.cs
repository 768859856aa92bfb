using Microsoft.AspNetCore.Identity;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.People;

/// <summary>Creates an account with its role, without password: the person chooses one from the
/// invitation. Shared by the creation form and the CSV import.</summary>
public sealed class PersonAccounts(UserManager<User> users, AuditLog audit, TimeProvider clock)
{
    public sealed record NewPerson(string FirstName, string LastName, string Email, DateOnly? BirthDate, string Role, Guid? EstablishmentId);

    public async Task<(User? User, IReadOnlyList<string> Errors)> CreateAsync(NewPerson person)
    {
        var email = PersonRules.NormalizeEmail(person.Email);
        var user = new User
        {
            FirstName = person.FirstName.Trim(),
            LastName = person.LastName.Trim(),
            Email = email,
            UserName = email,
            BirthDate = person.BirthDate,
            EstablishmentId = person.EstablishmentId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, person.Role);
        }

        if (!created.Succeeded)
        {
            return (null, OnePerProblem(created).Select(e => e.Description).ToList());
        }

        audit.Record("person.created", user.Id, $"rôle {Roles.Label(person.Role)}");
        return (user, []);
    }

    /// <summary>Identity's errors, without the second report of a taken address: the user name is the address,
    /// so Identity says it twice (user name and e-mail).</summary>
    public static IEnumerable<IdentityError> OnePerProblem(IdentityResult result) =>
        result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName));
}
