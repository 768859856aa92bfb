using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;

namespace Sillage.Web.Pages.Cohorts;

/// <summary>
/// Carries out a school-year transition that <see cref="SchoolYearTransition.Check"/> accepted, in one transaction:
/// next year's cohorts created (teachers with their subject and groups carried over when asked), continuing learners
/// added to their cohort's successor (in the group of the same name), the year's cohorts archived. Null, with nothing
/// changed, when a cohort was archived by someone else meanwhile.
/// </summary>
public static class SchoolYearApply
{
    public sealed record Outcome(int Archived, int Created, int Continuing);

    public static async Task<Outcome?> ApplyAsync(SillageDb db, AuditLog audit, Guid establishmentId, SchoolYearFrame frame,
        IReadOnlyList<CohortDecision> decisions, IReadOnlyList<ContinuingLearner> continuing, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = decisions.Select(d => d.CohortId).ToList();
        var members = await db.CohortMembers.AsNoTracking().Where(m => ids.Contains(m.CohortId)).ToListAsync();
        var groups = await db.Groups.AsNoTracking().Where(g => ids.Contains(g.CohortId)).ToListAsync();
        var created = 0;
        var carried = 0;
        var added = new HashSet<(Guid Cohort, Guid Learner)>();
        foreach (var decision in decisions)
        {
            var cohort = frame.Cohorts.Single(c => c.Id == decision.CohortId);
            Guid target;
            switch (decision.Successor)
            {
                case SuccessorKind.New:
                    var successor = new Cohort
                    {
                        Name = decision.NewName!.Trim(),
                        SchoolYear = frame.NextYear,
                        EstablishmentId = establishmentId,
                        FrameworkId = decision.NewFrameworkId!.Value,
                        CreatedAt = now,
                    };
                    db.Cohorts.Add(successor);
                    audit.Record("cohort.created", successor.Id, $"{successor.Name} {successor.SchoolYear} ← {cohort.Name} {frame.FromYear}");
                    target = successor.Id;
                    created++;
                    break;
                case SuccessorKind.Existing:
                    target = decision.ExistingId!.Value;
                    break;
                default:
                    continue;
            }

            var targetMembers = await db.CohortMembers.Where(m => m.CohortId == target).Select(m => new { m.PersonId, m.Role }).ToListAsync();
            var targetGroups = await db.Groups.Where(g => g.CohortId == target).ToDictionaryAsync(g => g.Name, g => g.Id, StringComparer.OrdinalIgnoreCase);
            if (decision.KeepGroups)
            {
                foreach (var group in groups.Where(g => g.CohortId == cohort.Id && !targetGroups.ContainsKey(g.Name)))
                {
                    var copy = new Group { CohortId = target, Name = group.Name };
                    db.Groups.Add(copy);
                    targetGroups[copy.Name] = copy.Id;
                }
            }

            if (decision.KeepTeachers)
            {
                foreach (var teacher in members.Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Teacher
                             && !targetMembers.Any(t => t.PersonId == m.PersonId && t.Role == CohortRole.Teacher)))
                {
                    db.CohortMembers.Add(new CohortMember { CohortId = target, PersonId = teacher.PersonId, Role = CohortRole.Teacher, Subject = teacher.Subject, JoinedAt = now });
                }
            }

            foreach (var learner in continuing.Where(c => c.FromCohortId == cohort.Id).DistinctBy(c => c.LearnerId))
            {
                if (targetMembers.Any(t => t.PersonId == learner.LearnerId && t.Role == CohortRole.Learner) || !added.Add((target, learner.LearnerId)))
                {
                    continue;
                }

                var groupName = groups.FirstOrDefault(g => g.Id == members.First(m => m.CohortId == cohort.Id && m.PersonId == learner.LearnerId && m.Role == CohortRole.Learner).GroupId)?.Name;
                db.CohortMembers.Add(new CohortMember
                {
                    CohortId = target,
                    PersonId = learner.LearnerId,
                    Role = CohortRole.Learner,
                    GroupId = groupName is not null && targetGroups.TryGetValue(groupName, out var g) ? g : null,
                    JoinedAt = now,
                });
                audit.Record("cohort.member-added", learner.LearnerId, $"{frame.NextYear} ← {cohort.Name} {frame.FromYear}");
                carried++;
            }
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A cohort of the same name was created for next year meanwhile (unique per establishment and year).
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return null;
        }

        var toArchive = decisions.Where(d => d.Archive).Select(d => d.CohortId).ToList();
        var archived = await db.Cohorts.Where(c => toArchive.Contains(c.Id) && !c.Archived).ExecuteUpdateAsync(s => s.SetProperty(c => c.Archived, true));
        if (archived != toArchive.Count)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return null;
        }

        audit.Record("cohort.school-year-closed", details: $"{frame.FromYear} → {frame.NextYear} : {archived} archivée(s), {created} créée(s), {carried} apprenant(s)");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new Outcome(archived, created, carried);
    }
}
