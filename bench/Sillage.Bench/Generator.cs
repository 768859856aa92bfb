using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Bench;

/// <summary>Generated data, written in bulk (no password hashing: generated accounts cannot sign in).</summary>
public static class Generator
{
    private static readonly string[] FirstNames = ["Léa", "Hugo", "Inès", "Nathan", "Chloé", "Lucas", "Manon", "Théo", "Sarah", "Enzo", "Jade", "Yanis", "Emma", "Louis", "Zoé"];
    private static readonly string[] LastNames = ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Garcia", "Roux", "Fournier"];

    public static async Task CohortsAsync(SillageDb db, Guid establishmentId, Guid frameworkId, int cohorts, int learnersPerCohort)
    {
        var learnerRole = await db.Roles.Where(r => r.Name == Sillage.Web.Infrastructure.Auth.Roles.Learner).Select(r => r.Id).SingleAsync();
        var now = DateTime.UtcNow;
        for (var c = 0; c < cohorts; c++)
        {
            var cohort = new Cohort { Name = $"Promotion générée {c + 1:000}", SchoolYear = "2026-2027", EstablishmentId = establishmentId, FrameworkId = frameworkId, CreatedAt = now };
            db.Cohorts.Add(cohort);
            for (var l = 0; l < learnersPerCohort; l++)
            {
                var email = $"gen{c:000}-{l:00}@bench.sillage.test";
                var user = new User
                {
                    FirstName = FirstNames[(c + l) % FirstNames.Length],
                    LastName = LastNames[(c * 7 + l) % LastNames.Length],
                    Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                    EstablishmentId = establishmentId, CreatedAt = now,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = learnerRole });
                db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = now });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
