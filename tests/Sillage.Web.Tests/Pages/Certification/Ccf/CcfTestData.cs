using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Certification.Ccf;

/// <summary>Ids of the CCF demo (<see cref="Sillage.Web.Pages.Certification.Ccf.CcfDemo"/>) of the first establishment, and sittings made for a test.</summary>
public static class CcfTestData
{
    public static Task<Guid> CohortAsync(SillageApp app) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == DemoSeeder.CohortName).Select(c => c.Id).SingleAsync());

    public static Task<Guid> UserAsync(SillageApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>The demo's sitting of a situation in the first establishment (those tests add have no creation date).</summary>
    public static async Task<Guid> DemoSittingAsync(SillageApp app, string situation)
    {
        var cohort = await CohortAsync(app);
        return await app.WithDbAsync(db => db.CcfSittings.Where(s => s.CohortId == cohort && s.SituationCode == situation).OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstAsync());
    }

    /// <summary>A sitting of the first establishment's cohort added directly, with these learners as candidates.</summary>
    public static async Task<CcfSitting> AddSittingAsync(SillageApp app, string exam, string situation, DateTime startsAt, int minutes, params string[] learners)
    {
        var cohort = await CohortAsync(app);
        var teacher = await UserAsync(app, Accounts.Teacher);
        var coordinator = await UserAsync(app, Accounts.Coordinator);
        var sitting = new CcfSitting { CohortId = cohort, ExamCode = exam, SituationCode = situation, StartsAt = startsAt, DurationMinutes = minutes, Room = "Salle T1", CreatedById = coordinator };
        sitting.Evaluators.Add(new CcfEvaluator { SittingId = sitting.Id, PersonId = teacher, Role = CcfEvaluatorRole.Teacher });
        foreach (var email in learners)
        {
            sitting.Candidates.Add(new CcfCandidate { SittingId = sitting.Id, LearnerId = await UserAsync(app, email) });
        }

        await app.WithDbAsync(async db =>
        {
            db.CcfSittings.Add(sitting);
            await db.SaveChangesAsync();
        });
        return sitting;
    }
}
