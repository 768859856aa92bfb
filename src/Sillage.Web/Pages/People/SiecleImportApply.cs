using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.People;

/// <summary>Applies a valid <see cref="SiecleImportPlan"/> in one transaction: creates, updates and deactivates
/// learners, their cohort memberships and groups. Learners are never deleted.</summary>
public sealed class SiecleImportApply(SillageDb db, PersonAccounts accounts, Invitations invitations, SchoolClock clock)
{
    /// <summary>Null when everything was applied (the caller saves and the transaction commits); else the reason, nothing kept.</summary>
    public async Task<Message?> ApplyAsync(SiecleImportPlan plan, Guid establishmentId, bool sendInvitations)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohortIds = plan.Lines.Select(l => l.CohortId).Distinct().ToList();
        var groups = await db.Groups.Where(g => cohortIds.Contains(g.CohortId)).ToListAsync();
        var ids = plan.Lines.Where(l => l.LearnerId is not null).Select(l => l.LearnerId!.Value).ToList();
        var learners = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var members = await db.CohortMembers.Where(m => ids.Contains(m.PersonId) && cohortIds.Contains(m.CohortId)).ToListAsync();
        var learnerRole = await db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id).SingleAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var line in plan.Lines.Where(l => l.Action is SiecleImportPlan.Action.Create or SiecleImportPlan.Action.Update or SiecleImportPlan.Action.Deactivate))
        {
            var pupil = line.Pupil;
            User user;
            if (line.Action == SiecleImportPlan.Action.Create)
            {
                if (line.Email is { } email)
                {
                    var (created, errors) = await accounts.CreateAsync(new(pupil.FirstName, pupil.LastName, email, pupil.BirthDate, Roles.Learner, establishmentId));
                    if (created is null)
                    {
                        return new Message("{0} : {1} Rien n'a été importé.", pupil.Where, string.Join(" ", errors));
                    }

                    user = created;
                }
                else
                {
                    // No address yet: an account nobody can sign in to until the référent adds one and invites them.
                    user = new User
                    {
                        FirstName = pupil.FirstName, LastName = pupil.LastName, BirthDate = pupil.BirthDate, EstablishmentId = establishmentId,
                        UserName = $"ine-{pupil.Ine}", NormalizedUserName = $"INE-{pupil.Ine}", CreatedAt = now,
                    };
                    db.Users.Add(user);
                    db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = learnerRole });
                }

                learners[user.Id] = user;
            }
            else
            {
                user = learners[line.LearnerId!.Value];
            }

            user.Ine ??= pupil.Ine;
            user.SchoolStatus = pupil.Status ?? user.SchoolStatus;
            if (line.Action == SiecleImportPlan.Action.Deactivate)
            {
                user.DeactivatedAt = now;
                continue;
            }

            var groupId = line.Group is { } name ? GroupOf(groups, line.CohortId, name).Id : (Guid?)null;
            var member = members.FirstOrDefault(m => m.PersonId == user.Id && m.CohortId == line.CohortId);
            if (member is null)
            {
                member = new CohortMember { CohortId = line.CohortId, PersonId = user.Id, Role = CohortRole.Learner, JoinedAt = now };
                members.Add(member);
                db.CohortMembers.Add(member);
            }

            member.GroupId = groupId ?? member.GroupId;
            if (line.Action == SiecleImportPlan.Action.Create && sendInvitations && user.Email is not null)
            {
                await invitations.InviteAsync(user);
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    private Group GroupOf(List<Group> groups, Guid cohortId, string name)
    {
        var group = groups.FirstOrDefault(g => g.CohortId == cohortId && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
        if (group is null)
        {
            group = new Group { CohortId = cohortId, Name = name };
            groups.Add(group);
            db.Groups.Add(group);
        }

        return group;
    }
}
