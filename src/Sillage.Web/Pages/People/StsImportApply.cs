using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>Applies a valid <see cref="StsImportPlan"/> in one transaction: creates teacher accounts, stores their STS
/// ID, makes them members of the cohorts of their services with their subject. Nobody is deactivated nor deleted.</summary>
public sealed class StsImportApply(SillageDb db, PersonAccounts accounts, Invitations invitations, SchoolClock clock)
{
    /// <summary>Null when everything was applied and committed; else the reason, nothing kept.</summary>
    public async Task<Message?> ApplyAsync(StsImportPlan plan, Guid establishmentId, string uai, bool sendInvitations)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohortIds = plan.Lines.SelectMany(l => l.Cohorts).Select(a => a.CohortId).Distinct().ToList();
        var ids = plan.Lines.Where(l => l.TeacherId is not null).Select(l => l.TeacherId!.Value).ToList();
        var teachers = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var members = await db.CohortMembers.Where(m => ids.Contains(m.PersonId) && cohortIds.Contains(m.CohortId)).ToListAsync();
        var teacherRole = await db.Roles.Where(r => r.Name == Roles.Teacher).Select(r => r.Id).SingleAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var line in plan.Lines.Where(l => l.Action != StsImportPlan.Action.Unchanged))
        {
            var teacher = line.Teacher;
            User user;
            if (line.Action == StsImportPlan.Action.Create)
            {
                if (line.Email is { } email)
                {
                    var (created, errors) = await accounts.CreateAsync(new(teacher.FirstName, teacher.LastName, email, null, Roles.Teacher, establishmentId));
                    if (created is null)
                    {
                        return new Message("Élément INDIVIDU ligne {0} : {1} Rien n'a été importé.", teacher.Line, string.Join(" ", errors));
                    }

                    user = created;
                    if (sendInvitations)
                    {
                        await invitations.InviteAsync(user);
                    }
                }
                else
                {
                    // No address yet: an account nobody can sign in to until the référent adds one and invites them.
                    // The STS ID is the establishment's, so the user name carries the UAI too.
                    var userName = $"sts-{uai}-{teacher.StsId}".ToLowerInvariant();
                    user = new User
                    {
                        FirstName = teacher.FirstName, LastName = teacher.LastName, EstablishmentId = establishmentId,
                        UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), CreatedAt = now,
                    };
                    db.Users.Add(user);
                    db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = teacherRole });
                }
            }
            else
            {
                user = teachers[line.TeacherId!.Value];
            }

            user.StsId ??= teacher.StsId;
            foreach (var assignment in line.Cohorts)
            {
                var member = members.FirstOrDefault(m => m.PersonId == user.Id && m.CohortId == assignment.CohortId);
                if (member is null)
                {
                    member = new CohortMember { CohortId = assignment.CohortId, PersonId = user.Id, Role = CohortRole.Teacher, JoinedAt = now };
                    members.Add(member);
                    db.CohortMembers.Add(member);
                }

                member.Subject = assignment.Subject;
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }
}
