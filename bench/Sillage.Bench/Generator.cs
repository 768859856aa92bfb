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

    /// <summary>Adds learners to a cohort (the demo's count towards the total) and spreads events over its
    /// compétences and compétences détaillées: 4 assessors, observations over the school year, 5 % corrections.</summary>
    public static async Task FillCohortAsync(SillageDb db, Cohort cohort, int learners, int events, int seed)
    {
        var random = new Random(seed);
        var learnerRole = await db.Roles.Where(r => r.Name == Sillage.Web.Infrastructure.Auth.Roles.Learner).Select(r => r.Id).SingleAsync();
        var existing = await db.CohortMembers.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Learner).Select(m => m.PersonId).ToListAsync();
        var now = DateTime.UtcNow;
        var ids = new List<Guid>(existing);
        for (var l = existing.Count; l < learners; l++)
        {
            var email = $"c{cohort.Id:N}-{l:00}@bench.sillage.test";
            var user = new User
            {
                FirstName = FirstNames[(seed + l) % FirstNames.Length], LastName = LastNames[(seed * 7 + l) % LastNames.Length],
                Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                EstablishmentId = cohort.EstablishmentId, CreatedAt = now,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<Guid> { UserId = user.Id, RoleId = learnerRole });
            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = now });
            ids.Add(user.Id);
        }

        var elements = await db.FrameworkElements.Where(e => e.FrameworkId == cohort.FrameworkId
            && (e.Kind == Sillage.Domain.Frameworks.ElementKind.Competence || e.Kind == Sillage.Domain.Frameworks.ElementKind.DetailedCompetence)).Select(e => e.Id).ToListAsync();
        var assessors = await db.Users.Where(u => u.Email!.StartsWith("prof.") || u.Email!.StartsWith("referent")).Select(u => u.Id).ToListAsync();
        var previous = new Dictionary<(Guid, Guid), Guid>();
        for (var e = 0; e < events; e++)
        {
            var learner = ids[random.Next(ids.Count)];
            var element = elements[random.Next(elements.Count)];
            var assessment = new Sillage.Domain.Suivi.Assessment
            {
                LearnerId = learner, CohortId = cohort.Id, ElementId = element, AssessorId = assessors[random.Next(assessors.Count)],
                Level = random.Next(1, 5), Context = Sillage.Domain.Suivi.AssessmentContext.Situation,
                ObservedOn = new DateOnly(2026, 9, 1).AddDays(random.Next(0, 85)), RecordedAt = now.AddMinutes(-random.Next(0, 100000)),
                CorrectsId = previous.TryGetValue((learner, element), out var p) && random.Next(20) == 0 ? p : null,
                Comment = random.Next(3) == 0 ? "Observé en situation." : null,
            };
            previous[(learner, element)] = assessment.Id;
            db.Assessments.Add(assessment);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
