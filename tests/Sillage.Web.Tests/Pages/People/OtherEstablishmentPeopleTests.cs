using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Partners;
using Sillage.Domain.People;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Tests.Pages.Pfmp;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>
/// Accounts are matched by e-mail address, and addresses are unique across the instance: the school of the demo
/// (A) must never reach a person of another establishment (B) through one — no account of B tied to A's contact,
/// invited, reset, offered as a jury member, or named.
/// </summary>
public sealed class OtherEstablishmentPeopleTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string OtherSchool = "Lycée Autre-Rive";

    [Fact]
    public async Task A_contact_with_the_address_of_another_establishment_s_tutor_does_not_become_that_tutor()
    {
        var tutor = await OtherPersonAsync("tuteur.b@autre-rive.example", Roles.Tutor);
        var before = await StateAsync(tutor);
        var host = await app.WithDbAsync(db => db.HostOrganisations.Where(h => h.Name == "Agence Pixel & Sens").Select(h => h.Id).SingleAsync());
        var contact = await app.WithDbAsync(async db =>
        {
            var c = new HostContact { HostOrganisationId = host, FirstName = "Yann", LastName = "Homonyme", Email = "Tuteur.B@autre-rive.example" };
            db.HostContacts.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/pfmp/nouvelle");
        var learner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == PfmpLookups.LearnerEmail(5)).Select(u => u.Id).SingleAsync());
        var answer = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.LearnerId"] = learner.ToString(),
            ["Input.HostOrganisationId"] = host.ToString(),
            ["Input.TutorContactId"] = contact.ToString(),
            ["Input.Start"] = "2027-03-01",
            ["Input.End"] = "2027-03-26",
            ["Input.WeeklyHours"] = "35",
        })).ToPageAsync();

        var error = Assert.Single(answer.Errors());
        Assert.Contains("appartient au compte d'une personne d'un autre établissement", error, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherSchool, answer.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PfmpPeriods.AnyAsync(p => p.TutorId == tutor)));
        Assert.Null(await app.WithDbAsync(db => db.HostContacts.Where(c => c.Id == contact).Select(c => c.UserId).SingleAsync()));
        Assert.Equal(before, await StateAsync(tutor));
    }

    [Fact]
    public async Task A_period_already_naming_another_establishment_s_tutor_invites_and_links_nobody()
    {
        var tutor = await OtherPersonAsync("tuteur.c@autre-rive.example", Roles.Tutor);
        var before = await StateAsync(tutor);
        // As left by the former matching: a period of A whose tutor is B's person.
        var period = await app.PeriodAsync(3);
        await app.WithDbAsync(db => db.PfmpPeriods.Where(p => p.Id == period).ExecuteUpdateAsync(s => s.SetProperty(p => p.TutorId, tutor)));

        var referent = await app.SignInAsync(Accounts.Coordinator);
        var page = await referent.GetPageAsync($"/pfmp/periodes/{period}/acces-tuteur");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("tuteur.c@autre-rive.example", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Find("form[action*='handler=Invite']"));
        Assert.Contains("un compte d'un autre établissement", page.Text, StringComparison.Ordinal);

        foreach (var handler in new[] { "Invite", "Link" })
        {
            var response = await referent.PostAsync($"/pfmp/periodes/{period}/acces-tuteur?handler={handler}&days=30", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.False(await app.WithDbAsync(db => db.TutorLinks.AnyAsync(k => k.TutorId == tutor)));
        Assert.Equal(before, await StateAsync(tutor));
    }

    [Fact]
    public async Task Another_establishment_s_jury_members_are_neither_offered_nor_added()
    {
        var member = await OtherPersonAsync("jury.b@autre-rive.example", Roles.Jury);
        var session = await app.WithDbAsync(db => db.ExamSessions.Where(s => s.Title == CertificationDemo.SessionTitle).Select(s => s.Id).SingleAsync());
        var referent = await app.SignInAsync(Accounts.Coordinator);

        var sessions = await referent.GetPageAsync("/certification/sessions");
        Assert.DoesNotContain(member.ToString(), sessions.Document.Body!.InnerHtml, StringComparison.Ordinal);
        var page = await referent.GetPageAsync($"/certification/sessions/{session}/jury");
        Assert.DoesNotContain(member.ToString(), page.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Autre-Rive", page.Text, StringComparison.OrdinalIgnoreCase);

        var forged = await referent.PostAsync($"/certification/sessions/{session}/jury?handler=Add&jurorId={member}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Contains("Choisissez un membre du jury dans la liste.", (await forged.ToPageAsync()).Errors());
        Assert.False(await app.WithDbAsync(db => db.ExamJurors.AnyAsync(j => j.PersonId == member)));
    }

    [Fact]
    public async Task Creating_a_person_with_another_establishment_s_address_is_refused_without_naming_it()
    {
        var teacher = await OtherPersonAsync("prof.b@autre-rive.example", Roles.Teacher);
        var before = await StateAsync(teacher);
        var referent = await app.SignInAsync(Accounts.Coordinator);
        var form = await referent.GetPageAsync("/personnes/nouveau");
        var answer = await (await referent.SubmitAsync(form, "main form", new()
        {
            ["Input.FirstName"] = "Marc", ["Input.LastName"] = "Homonyme", ["Input.Email"] = "prof.b@autre-rive.example",
            ["Input.Role"] = Roles.Teacher, ["Input.SendInvitation"] = "true",
        })).ToPageAsync();

        Assert.Contains("L'adresse e-mail « prof.b@autre-rive.example » est déjà utilisée par un autre compte.", answer.Errors());
        Assert.DoesNotContain(OtherSchool, answer.Text, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(teacher));
    }

    /// <summary>What a takeover would change: the password, the security stamp, the e-mails the person received.</summary>
    private Task<(string? Hash, string? Stamp, DateTime? InvitedAt, int Emails)> StateAsync(Guid person) => app.WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == person);
        return (user.PasswordHash, user.SecurityStamp, user.InvitedAt, await db.OutboxEmails.CountAsync(e => e.To == user.Email));
    });

    /// <summary>A person of a second establishment, with a password (created once per establishment).</summary>
    private async Task<Guid> OtherPersonAsync(string email, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var establishment = await db.Establishments.SingleOrDefaultAsync(e => e.Name == OtherSchool);
        if (establishment is null)
        {
            establishment = new Establishment { Name = OtherSchool, Uai = "0999998Z", City = "Autre-Rive" };
            db.Establishments.Add(establishment);
            await db.SaveChangesAsync();
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User
        {
            FirstName = "Personne", LastName = "Autre-Rive", Email = email, UserName = email, EmailConfirmed = true,
            EstablishmentId = establishment.Id, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, "mot-de-passe-de-b-2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }
}
