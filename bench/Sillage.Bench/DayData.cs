using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Bench;

/// <summary>
/// Data for "a day of a class" (bench/day): the demo, plus 6 cohorts of the demo establishment, each with 31 learners
/// (30 traces each with competence links, a feedback request, 500 positionnements per cohort) and 3 teachers; every
/// account signs in with the demo password. Writes the accounts, one per line (email, password, role, cohort id, user
/// id), for the driver (bench/Sillage.Day); the demo référent, who exports, comes first.
/// <c>--prepare FILE --scale day --database DB [--postgres …]</c>.
/// </summary>
public static class DayData
{
    public const string Scale = "day";
    private const int Cohorts = 6;
    private const int LearnersPerCohort = 31;
    private const int TeachersPerCohort = 3;

    public static async Task<int> PrepareAsync(BenchOptions options)
    {
        using var app = new BenchApp(options.Postgres, options.Database ?? throw new ArgumentException("--prepare needs --database"));
        _ = app.Server;
        var lines = new List<string>();
        await app.WithDbAsync(async db => lines.AddRange(await GenerateAsync(db)));
        await File.WriteAllLinesAsync(options.Prepare!, lines);
        Console.WriteLine($"day: {Cohorts} cohorts × {LearnersPerCohort} learners and {TeachersPerCohort} teachers; {lines.Count} accounts in {options.Prepare}");
        return 0;
    }

    private static async Task<List<string>> GenerateAsync(SillageDb db)
    {
        var demo = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == DemoSeeder.CohortName);
        // The demo accounts' hash of the demo password: hashing is deliberately slow, one hash serves every account.
        var hash = await db.Users.Where(u => u.Email == Accounts.Learner).Select(u => u.PasswordHash).SingleAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var referent = await db.Users.Where(u => u.Email == $"referent@{DemoSeeder.Domain}").Select(u => u.Id).SingleAsync();
        var lines = new List<string> { Line($"referent@{DemoSeeder.Domain}", "referent", null, referent) };
        var now = DateTime.UtcNow;
        for (var c = 1; c <= Cohorts; c++)
        {
            var cohort = new Cohort { Name = $"Promotion journée {c}", SchoolYear = "2026-2027", EstablishmentId = demo.EstablishmentId, FrameworkId = demo.FrameworkId, CreatedAt = now };
            db.Cohorts.Add(cohort);
            var people = Enumerable.Range(1, TeachersPerCohort).Select(t => ($"jour{c}.prof{t}@bench.sillage.test", CohortRole.Teacher, Roles.Teacher, "teacher"))
                .Concat(Enumerable.Range(1, LearnersPerCohort).Select(l => ($"jour{c}-{l:00}@bench.sillage.test", CohortRole.Learner, Roles.Learner, "learner")));
            var n = 0;
            foreach (var (email, cohortRole, role, label) in people)
            {
                var user = new User
                {
                    FirstName = label == "teacher" ? "Enseignant" : "Apprenant", LastName = $"Journée {c}-{++n:00}",
                    Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                    EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                    EstablishmentId = demo.EstablishmentId, CreatedAt = now, InvitedAt = now, ActivatedAt = now,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
                db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = cohortRole, JoinedAt = now });
                lines.Add(Line(email, label, cohort.Id, user.Id));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await Generator.FillCohortAsync(db, cohort, LearnersPerCohort, events: 500, seed: c);
            await PortfolioGenerator.FillAsync(db, cohort.Id, LearnersPerCohort, tracesPerLearner: 30);
        }

        return lines;
    }

    private static string Line(string email, string role, Guid? cohortId, Guid userId) => $"{email}\t{DemoSeeder.Password}\t{role}\t{cohortId}\t{userId}";
}
