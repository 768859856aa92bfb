using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>
/// The CSV learner import's check and its all-or-nothing write, as <c>/personnes/importer</c> does them: the file's
/// own errors (<see cref="LearnerCsv"/>) plus the addresses that already have an account, then one transaction that
/// creates every account, seats it in the cohort (its class as a group) and invites it — or nothing. Used by the
/// page and by the public API (<c>POST /api/v1/cohorts/{id}/learner-imports</c>).
/// </summary>
public sealed class LearnerImport(SillageDb db, PersonAccounts accounts, Invitations invitations, AuditLog audit, SchoolClock clock)
{
    /// <summary>Every problem of the file, line by line, existing accounts included.</summary>
    public async Task<LearnerCsv.Result> CheckAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        var result = LearnerCsv.Parse(bytes, clock.Today);
        var normalized = result.Lines.Where(l => PersonRules.CheckEmail(l.Email) is null).Select(l => l.Email.ToUpperInvariant()).ToList();
        var taken = (await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return taken.Count == 0
            ? result
            : result with
            {
                Lines = result.Lines.Select(line => taken.Contains(line.Email)
                    ? line with { Errors = [.. line.Errors, new Message("L'adresse e-mail « {0} » appartient déjà à un compte.", line.Email)] }
                    : line).ToList(),
            };
    }

    /// <summary>Imports a checked, valid file into a cohort the caller manages: every line or none. Returns the
    /// problem of the line that failed (nothing is then kept), or null.</summary>
    public async Task<Message?> ImportAsync(LearnerCsv.Result checkedFile, Guid cohortId, bool sendInvitations, CancellationToken cancellationToken = default)
    {
        var establishmentId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.EstablishmentId).SingleAsync(cancellationToken);
        var groups = await db.Groups.Where(g => g.CohortId == cohortId).ToDictionaryAsync(g => g.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var line in checkedFile.Lines)
        {
            var (user, errors) = await accounts.CreateAsync(new(line.FirstName, line.LastName, line.Email, line.BirthDate, Roles.Learner, establishmentId));
            if (user is null)
            {
                // The transaction is rolled back on dispose: nothing of the file is kept.
                return new Message("Ligne {0} : {1} Rien n'a été importé.", line.Number, string.Join(" ", errors));
            }

            Group? group = null;
            if (line.ClassName is { } className && !groups.TryGetValue(className, out group))
            {
                group = new Group { CohortId = cohortId, Name = className };
                groups[className] = group;
                db.Groups.Add(group);
            }

            db.CohortMembers.Add(new CohortMember { CohortId = cohortId, PersonId = user.Id, Role = CohortRole.Learner, GroupId = group?.Id, JoinedAt = now });
            if (sendInvitations)
            {
                await invitations.InviteAsync(user);
            }
        }

        audit.Record("people.imported", details: $"{checkedFile.Lines.Count} apprenants, promotion {cohortId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
