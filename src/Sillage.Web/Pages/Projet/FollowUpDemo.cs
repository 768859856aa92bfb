using Microsoft.AspNetCore.Identity;
using Sillage.Domain.Career;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Pages.Projet;

/// <summary>
/// A past cohort of the first demo establishment, archived when its school year was closed, whose six fictional
/// learners (accounts without a password) have left: their 6- and 12-month situations are recorded by the référent
/// (employment, further studies, looking for a job, other; one unanswered at each milestone), so that the follow-up's summary
/// (<c>/devenir/bilan</c>) shows figures. It is the 2024-2025 cohort, not the 2025-2026 one: that one left on 30 June
/// 2026 and its 6-month situations are due only from 30 December 2026, after the demo's date (16 November 2026).
/// </summary>
public sealed class FollowUpDemo(SillageDb db, UserManager<User> users) : IDemoContributor
{
    public const string CohortName = "MC SNO 2024-2025";
    public const string SchoolYear = "2024-2025";

    public int Order => 66;

    private sealed record Alumnus(string First, string Last, Outcome? SixMonths, Outcome? TwelveMonths);

    private sealed record Outcome(SituationKind Kind, EmploymentContract? Contract = null, string? Studies = null, string? Employer = null, string? Details = null);

    private static readonly Alumnus[] Alumni =
    [
        new("Lucie", "Vasseur", new(SituationKind.Employment, EmploymentContract.FixedTerm, Employer: "Mairie de Ville fictive (démonstration)"),
            new(SituationKind.Employment, EmploymentContract.Permanent, Employer: "Mairie de Ville fictive (démonstration)")),
        new("Théo", "Delmas", new(SituationKind.FurtherStudies, Studies: "BTS SIO option SISR"), new(SituationKind.FurtherStudies, Studies: "BTS SIO option SISR")),
        new("Manon", "Pichon", new(SituationKind.Employment, EmploymentContract.Temporary, Employer: "Agence d'intérim (démonstration)"),
            new(SituationKind.Employment, EmploymentContract.FixedTerm, Employer: "Cabinet comptable (démonstration)")),
        new("Enzo", "Carpentier", new(SituationKind.JobSeeking, Details: "Inscrit à France Travail, cherche un poste de technicien support."),
            new(SituationKind.Employment, EmploymentContract.Permanent, Employer: "Entreprise de services numériques (démonstration)")),
        new("Clara", "Joly", new(SituationKind.Other, Details: "Service civique dans une association d'aide au numérique."), null),
        new("Axel", "Tessier", null, new(SituationKind.Employment, EmploymentContract.SelfEmployed, Details: "Micro-entreprise de création de sites web.")),
    ];

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        if (context.IsSecond)
        {
            return;
        }

        var start = new DateTime(2024, 9, 2, 8, 0, 0, DateTimeKind.Utc);
        var cohort = new Cohort
        {
            Name = CohortName, SchoolYear = SchoolYear, EstablishmentId = context.EstablishmentId, FrameworkId = context.FrameworkId, CreatedAt = start, Archived = true,
        };
        db.Cohorts.Add(cohort);
        var referent = context.Person("referent");
        var left = FollowUpRules.YearEnd(SchoolYear);
        for (var i = 0; i < Alumni.Length; i++)
        {
            var alumnus = Alumni[i];
            var email = context.Email($"{alumnus.First}.{alumnus.Last}".ToLowerInvariant().Replace('é', 'e'));
            var user = new User
            {
                FirstName = alumnus.First, LastName = alumnus.Last, Email = email, UserName = email, EmailConfirmed = true, EstablishmentId = context.EstablishmentId,
                CreatedAt = start, InvitedAt = start, ActivatedAt = start, BirthDate = new DateOnly(2005, 3 + i, 10 + i),
            };
            var created = await users.CreateAsync(user);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, Roles.Learner);
            }

            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo alumnus {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            db.CohortMembers.Add(new CohortMember { CohortId = cohort.Id, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = start });
            foreach (var (milestone, outcome) in new[] { (FollowUpMilestone.SixMonths, alumnus.SixMonths), (FollowUpMilestone.TwelveMonths, alumnus.TwelveMonths) })
            {
                if (outcome is not null)
                {
                    db.GraduateSituations.Add(Situation(user.Id, milestone, outcome, left, referent));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static GraduateSituation Situation(Guid learner, FollowUpMilestone milestone, Outcome outcome, DateOnly left, Guid referent)
    {
        var observed = FollowUpRules.DueOn(left, milestone).AddDays(7);
        return new GraduateSituation
        {
            LearnerId = learner, Milestone = milestone, Kind = outcome.Kind, Contract = outcome.Contract, Studies = outcome.Studies, Employer = outcome.Employer,
            Details = outcome.Details, ObservedOn = observed, RecordedAt = observed.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), RecordedById = referent,
        };
    }
}
