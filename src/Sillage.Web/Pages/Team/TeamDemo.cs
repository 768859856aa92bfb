using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Team;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Team;

/// <summary>The demo cohort's team shared out: two économie-gestion teachers and the English teacher, with one
/// deliberate overlap (C2.1, both économie-gestion teachers) and one gap (C3.3) so that the team page shows both.</summary>
public sealed class TeamDemo(SillageDb db) : IDemoContributor
{
    public int Order => 22;

    private static readonly (string Account, Discipline Discipline, string[] Codes)[] Shares =
    [
        ("prof.eco", Discipline.EconomicsAndManagement, ["C1.1", "C1.2", "C1.3", "C2.1"]),
        ("prof.gestion", Discipline.EconomicsAndManagement, ["C2.1", "C2.2", "C2.3", "C3.1"]),
        ("prof.anglais", Discipline.English, ["C3.2"]),
    ];

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var codes = await db.FrameworkElements.Where(e => e.FrameworkId == context.FrameworkId && e.Kind == ElementKind.Competence)
            .Select(e => e.Code).ToListAsync(cancellationToken);
        foreach (var (account, discipline, shares) in Shares)
        {
            if (!context.PeopleByEmail.TryGetValue(context.Email(account), out var teacher))
            {
                continue;
            }

            await db.CohortMembers.Where(m => m.CohortId == context.CohortId && m.PersonId == teacher)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Discipline, discipline), cancellationToken);
            db.TeachingShares.AddRange(shares.Where(codes.Contains)
                .Select(code => new TeachingShare { CohortId = context.CohortId, TeacherId = teacher, CompetenceCode = code }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
