using Sillage.Domain.Teaching;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization;

/// <summary>The cahier de textes' sessions the authorisation tests reach: one of the demo cohort taught by the
/// demo teacher, one of a cohort nobody of the callers belongs to. On the Saturday before the test clock's Monday:
/// past (its register can be taken), free of the demo's sessions, and outside the holiday the matrix's control of
/// /vacances adds from the 16th.</summary>
public static class CahierRoutes
{
    public static readonly DateOnly Day = new(2026, 11, 14);

    public static async Task<(Guid Own, Guid Other)> ArrangeAsync(SillageDb db, Guid cohortId, Guid otherCohortId, Guid teacherId)
    {
        ClassSession Session(Guid cohort) => new()
        {
            CohortId = cohort, Date = Day, Start = new TimeOnly(14, 0), DurationMinutes = 60, Content = "Séance des tests d'autorisation.",
            Teachers = [new ClassSessionTeacher { TeacherId = teacherId }],
        };
        var own = Session(cohortId);
        var other = Session(otherCohortId);
        other.Start = new TimeOnly(16, 0);
        db.ClassSessions.AddRange(own, other);
        await db.SaveChangesAsync();
        return (own.Id, other.Id);
    }
}
