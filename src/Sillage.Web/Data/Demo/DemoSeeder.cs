using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Data.Demo;

/// <summary>
/// Fills an empty database with a fictional establishment: the MC SNO cohort "MC SNO 2026-2027" with twelve
/// learners in two groups, three teachers, a référent, a tutor, a jury member, the direction and an administrator. Runs only
/// with <c>--demo</c>: the accounts share a published password. With <c>Demo:SecondEstablishment</c> (the test
/// databases) a second, complete establishment with other people is seeded through the same contributors, so
/// that tests can prove that one establishment never sees the other's data.
/// </summary>
public sealed class DemoSeeder(SillageDb db, UserManager<User> users, SchoolClock clock, IConfiguration configuration,
    IEnumerable<IDemoContributor> contributors, ILogger<DemoSeeder> logger)
{
    public const string Password = "Sillage-demo-2026";
    public const string Domain = "demo.sillage.test";
    public const string CohortName = "MC SNO 2026-2027";
    public const string SecondEstablishmentSetting = "Demo:SecondEstablishment";
    public const string SecondDomain = "marie-curie.sillage.test";
    public const string SecondCohortName = "MC SNO 2026-2027 (Marie-Curie)";

    /// <summary>The account e-mails are these local parts at the establishment's domain.</summary>
    public static readonly IReadOnlyList<string> StaffLocalParts = ["referent", "prof.eco", "prof.gestion", "prof.anglais", "tuteur", "jury", "direction"];

    private static readonly DemoSite First = new(
        "Lycée Jules-Verne (démonstration)", "0999001W", "Ville fictive", Domain, CohortName,
        [
            ("Léa", "Moreau", "Groupe A"), ("Hugo", "Lefèvre", "Groupe A"), ("Inès", "Dubois", "Groupe A"),
            ("Nathan", "Girard", "Groupe A"), ("Chloé", "Roux", "Groupe A"), ("Lucas", "Fournier", "Groupe A"),
            ("Manon", "Mercier", "Groupe B"), ("Théo", "Blanc", "Groupe B"), ("Sarah", "Guérin", "Groupe B"),
            ("Enzo", "Faure", "Groupe B"), ("Jade", "André", "Groupe B"), ("Yanis", "Chevalier", "Groupe B"),
        ],
        ["Claire Fontaine", "Thomas Bernard", "Sophie Marchand", "Laura Petit", "Julien Morel", "Hélène Garnier", "Bernard Lacroix"]);

    /// <summary>Other clearly fictional names, so that a test looking a person up by name finds one.</summary>
    private static readonly DemoSite Second = new(
        "Lycée Marie-Curie (démonstration)", "0999002X", "Bourg fictif", SecondDomain, SecondCohortName,
        [
            ("Zoé", "Perrin", "Groupe A"), ("Louis", "Barbier", "Groupe A"), ("Camille", "Renaud", "Groupe A"),
            ("Noah", "Schmitt", "Groupe A"), ("Lina", "Colin", "Groupe A"), ("Gabriel", "Vidal", "Groupe A"),
            ("Alice", "Brunet", "Groupe B"), ("Jules", "Picard", "Groupe B"), ("Emma", "Roger", "Groupe B"),
            ("Adam", "Gauthier", "Groupe B"), ("Rose", "Meunier", "Groupe B"), ("Tom", "Perret", "Groupe B"),
        ],
        ["Margot Delaunay", "Bastien Carpentier", "Agathe Lemaître", "Rémi Valette", "Gaspard Rolland", "Odile Marchal", "Martine Vasseur"]);

    /// <summary>Staff and the first learners, as listed on the login page.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts = [new($"admin@{Domain}", "Alex Lambert", Roles.Admin), .. First.Accounts()];

    /// <summary>The second establishment's staff and first learners (no administrator: that role is global).</summary>
    public static readonly IReadOnlyList<DemoAccount> SecondAccounts = Second.Accounts();

    public static string LearnerEmail(int index) => LearnerEmail(index, Domain);

    public static string LearnerEmail(int index, string domain) => $"apprenant{index + 1:00}@{domain}";

    /// <summary>
    /// The token of a link the demo seeds (share, tutor or jury link), derived from the domain and the link's purpose
    /// so that tests can open it. Only demo data gets such a token: its accounts share a published password anyway.
    /// </summary>
    public static string LinkToken(string domain, string purpose) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"sillage-demo-link:{domain}:{purpose}")));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Establishments.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var framework = await db.Frameworks.Where(f => f.Code == "mc-sno").OrderByDescending(f => f.ImportedAt).FirstAsync(cancellationToken);
        // One hash for the shared password: hashing is deliberately slow, and the demo has many accounts.
        var hash = users.PasswordHasher.HashPassword(null!, Password);
        await SeedSiteAsync(First, framework.Id, hash, now, admin: Accounts[0], cancellationToken);
        logger.LogInformation("Demo establishment created: {Learners} learners in {Cohort}; password {Password}", First.Learners.Length, CohortName, Password);
        if (configuration.GetValue<bool>(SecondEstablishmentSetting))
        {
            await SeedSiteAsync(Second, framework.Id, hash, now, admin: null, cancellationToken);
            logger.LogInformation("Second demo establishment created: {Establishment}", Second.Name);
        }
    }

    private async Task SeedSiteAsync(DemoSite site, Guid frameworkId, string hash, DateTime now, DemoAccount? admin, CancellationToken cancellationToken)
    {
        var establishment = new Establishment { Name = site.Name, Uai = site.Uai, City = site.City };
        db.Establishments.Add(establishment);
        var cohort = new Cohort { Name = site.CohortName, SchoolYear = "2026-2027", EstablishmentId = establishment.Id, FrameworkId = frameworkId, CreatedAt = now };
        db.Cohorts.Add(cohort);
        var groups = new[] { "Groupe A", "Groupe B" }.ToDictionary(n => n, n => new Group { CohortId = cohort.Id, Name = n });
        db.Groups.AddRange(groups.Values);
        await db.SaveChangesAsync(cancellationToken);

        var staff = site.Accounts().Where(a => a.Role != Roles.Learner);
        foreach (var account in admin is null ? staff : staff.Prepend(admin))
        {
            var user = await CreateAsync(account.Email, account.Name, account.Role, establishment.Id, hash, now);
            if (account.Role == Roles.Teacher)
            {
                db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Teacher, JoinedAt = now });
            }
        }

        for (var i = 0; i < site.Learners.Length; i++)
        {
            var (first, last, group) = site.Learners[i];
            var user = await CreateAsync(LearnerEmail(i, site.Domain), $"{first} {last}", Roles.Learner, establishment.Id, hash, now,
                new DateOnly(2005 + (i % 3), 1 + i, 5 + i));
            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, GroupId = groups[group].Id, JoinedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        var people = await db.Users.Where(u => u.EstablishmentId == establishment.Id)
            .Select(u => new { u.Id, u.Email, u.FirstName, u.LastName }).ToListAsync(cancellationToken);
        var context = new DemoContext(establishment.Id, cohort.Id, frameworkId, people.ToDictionary(p => p.Email!, p => p.Id), now)
        {
            Today = clock.ToSchoolDate(now),
            Domain = site.Domain,
            IsSecond = site != First,
            Names = people.ToDictionary(p => p.Id, p => (p.FirstName, p.LastName)),
        };
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, cancellationToken);
            db.ChangeTracker.Clear();
        }
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

    /// <summary>One demo establishment: its people are <see cref="StaffLocalParts"/> (with these names) and twelve learners.</summary>
    private sealed record DemoSite(string Name, string Uai, string City, string Domain, string CohortName, (string First, string Last, string Group)[] Learners, string[] StaffNames)
    {
        private static readonly string[] StaffRoles = [Roles.Coordinator, Roles.Teacher, Roles.Teacher, Roles.Teacher, Roles.Tutor, Roles.Jury, Roles.Direction];

        /// <summary>The référent and teachers, the two first learners (the others are not listed on the login page), the tutor and the jury member.</summary>
        public IReadOnlyList<DemoAccount> Accounts()
        {
            var staff = StaffLocalParts.Select((local, i) => new DemoAccount($"{local}@{Domain}", StaffNames[i], StaffRoles[i])).ToList();
            var learners = Learners.Take(2).Select((l, i) => new DemoAccount(LearnerEmail(i, Domain), $"{l.First} {l.Last}", Roles.Learner));
            return [.. staff.Take(4), .. learners, .. staff.Skip(4)];
        }
    }
}
