using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Data.Demo;

/// <summary>
/// Fills an empty database with a fictional establishment: the MC SNO cohort "MC SNO 2026-2027" with twelve
/// learners in two groups, three teachers, a référent, a tutor, a jury member and an administrator. Runs only
/// with <c>--demo</c>: the accounts share a published password.
/// </summary>
public sealed class DemoSeeder(SillageDb db, UserManager<User> users, TimeProvider clock, IEnumerable<IDemoContributor> contributors, ILogger<DemoSeeder> logger)
{
    public const string Password = "Sillage-demo-2026";
    public const string Domain = "demo.sillage.test";
    public const string CohortName = "MC SNO 2026-2027";

    private static readonly (string First, string Last, string Group)[] Learners =
    [
        ("Léa", "Moreau", "Groupe A"), ("Hugo", "Lefèvre", "Groupe A"), ("Inès", "Dubois", "Groupe A"),
        ("Nathan", "Girard", "Groupe A"), ("Chloé", "Roux", "Groupe A"), ("Lucas", "Fournier", "Groupe A"),
        ("Manon", "Mercier", "Groupe B"), ("Théo", "Blanc", "Groupe B"), ("Sarah", "Guérin", "Groupe B"),
        ("Enzo", "Faure", "Groupe B"), ("Jade", "André", "Groupe B"), ("Yanis", "Chevalier", "Groupe B"),
    ];

    /// <summary>Staff and the first learners, as listed on the login page.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new($"admin@{Domain}", "Alex Lambert", Roles.Admin),
        new($"referent@{Domain}", "Claire Fontaine", Roles.Coordinator),
        new($"prof.eco@{Domain}", "Thomas Bernard", Roles.Teacher),
        new($"prof.gestion@{Domain}", "Sophie Marchand", Roles.Teacher),
        new($"prof.anglais@{Domain}", "Laura Petit", Roles.Teacher),
        new($"apprenant01@{Domain}", "Léa Moreau", Roles.Learner),
        new($"apprenant02@{Domain}", "Hugo Lefèvre", Roles.Learner),
        new($"tuteur@{Domain}", "Julien Morel", Roles.Tutor),
        new($"jury@{Domain}", "Hélène Garnier", Roles.Jury),
    ];

    public static string LearnerEmail(int index) => $"apprenant{index + 1:00}@{Domain}";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Establishments.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var framework = await db.Frameworks.Where(f => f.Code == "mc-sno").OrderByDescending(f => f.ImportedAt).FirstAsync(cancellationToken);
        var establishment = new Establishment { Name = "Lycée Jules-Verne (démonstration)", Uai = "0999001W", City = "Ville fictive" };
        db.Establishments.Add(establishment);
        var cohort = new Cohort { Name = CohortName, SchoolYear = "2026-2027", EstablishmentId = establishment.Id, FrameworkId = framework.Id, CreatedAt = now };
        db.Cohorts.Add(cohort);
        var groups = new[] { "Groupe A", "Groupe B" }.ToDictionary(n => n, n => new Group { CohortId = cohort.Id, Name = n });
        db.Groups.AddRange(groups.Values);
        await db.SaveChangesAsync(cancellationToken);

        // One hash for the shared password: hashing is deliberately slow, and the demo has many accounts.
        var hash = users.PasswordHasher.HashPassword(null!, Password);
        foreach (var account in Accounts.Where(a => a.Role != Roles.Learner))
        {
            var user = await CreateAsync(account.Email, account.Name, account.Role, establishment.Id, hash, now);
            if (account.Role == Roles.Teacher)
            {
                db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Teacher, JoinedAt = now });
            }
        }

        for (var i = 0; i < Learners.Length; i++)
        {
            var (first, last, group) = Learners[i];
            var user = await CreateAsync(LearnerEmail(i), $"{first} {last}", Roles.Learner, establishment.Id, hash, now,
                new DateOnly(2005 + (i % 3), 1 + i, 5 + i));
            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, GroupId = groups[group].Id, JoinedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        var people = await db.Users.Where(u => u.EstablishmentId == establishment.Id).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        var context = new DemoContext(establishment.Id, cohort.Id, framework.Id, people, now);
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Demo establishment created: {Learners} learners in {Cohort}; password {Password}", Learners.Length, CohortName, Password);
    }

    private async Task<User> CreateAsync(string email, string name, string role, Guid establishmentId, string hash, DateTime now, DateOnly? birthDate = null)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var user = new User
        {
            FirstName = name[..space],
            LastName = name[(space + 1)..],
            Email = email,
            UserName = email,
            EmailConfirmed = true,
            BirthDate = birthDate,
            EstablishmentId = establishmentId,
            CreatedAt = now,
            InvitedAt = now,
            ActivatedAt = now,
            PasswordHash = hash,
        };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return result.Succeeded ? user : throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
