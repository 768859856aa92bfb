using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Calendar;
using Sillage.Domain.Plan;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Pages.Plan;

/// <summary>The demo cohort's plan: the guide's first example (20 weeks in school, two PFMP blocks of 6 weeks),
/// laid over holiday periods with demonstration dates when the establishment has none yet. With the holidays, 20 + 12
/// weeks do not fit between early October and July: as a référent would, the demo starts on 28 September and puts
/// the PFMP blocks between the holidays.</summary>
public sealed class PlanDemo(SillageDb db) : IDemoContributor
{
    public int Order => 25;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        if (!await db.SchoolHolidays.AnyAsync(h => h.EstablishmentId == context.EstablishmentId, cancellationToken))
        {
            // Fictional dates for the demonstration; a real establishment enters its zone's official calendar.
            foreach (var (name, start, end) in new (string, DateOnly, DateOnly)[]
                     {
                         ("Vacances de la Toussaint (démonstration)", new(2026, 10, 17), new(2026, 11, 1)),
                         ("Vacances de Noël (démonstration)", new(2026, 12, 19), new(2027, 1, 3)),
                         ("Vacances d'hiver (démonstration)", new(2027, 2, 13), new(2027, 2, 28)),
                         ("Vacances de printemps (démonstration)", new(2027, 4, 10), new(2027, 4, 25)),
                         ("Pont de l'Ascension (démonstration)", new(2027, 5, 6), new(2027, 5, 7)),
                         ("Vacances d'été (démonstration)", new(2027, 7, 3), new(2027, 8, 31)),
                     })
            {
                db.SchoolHolidays.Add(new SchoolHoliday { EstablishmentId = context.EstablishmentId, Name = name, Start = start, End = end });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var holidays = await db.SchoolHolidays.AsNoTracking().Where(h => h.EstablishmentId == context.EstablishmentId).ToListAsync(cancellationToken);
        var referent = context.PeopleByEmail.GetValueOrDefault(context.Email("referent"));
        var plan = new TrainingPlan { CohortId = context.CohortId, UpdatedAt = context.Now, UpdatedById = referent == Guid.Empty ? null : referent };
        PlanTemplates.Apply(plan, PlanTemplates.Example1, 2026, holidays);
        plan.StartDate = new DateOnly(2026, 9, 28);
        plan.PfmpBlocks.Clear();
        plan.PfmpBlocks.Add(new PlanPfmpBlock { PlanId = plan.Id, Start = new DateOnly(2027, 1, 4), Weeks = 6 });
        plan.PfmpBlocks.Add(new PlanPfmpBlock { PlanId = plan.Id, Start = new DateOnly(2027, 5, 17), Weeks = 6 });
        plan.AutonomyDay = DayOfWeek.Wednesday;
        plan.AutonomyStart = new TimeOnly(13, 30);
        plan.SpeakerDay = DayOfWeek.Friday;
        plan.SpeakerStart = new TimeOnly(14, 0);
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }
}
