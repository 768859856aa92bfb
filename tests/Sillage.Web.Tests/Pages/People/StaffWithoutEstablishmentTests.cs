using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Auth;

namespace Sillage.Web.Tests.Pages.People;

/// <summary>Only the administrator role sees across establishments: a référent whose account has no establishment is
/// not treated like an administrator — they see and change nothing of any establishment.</summary>
public sealed class StaffWithoutEstablishmentTests(SillageApp app) : IClassFixture<SillageApp>
{
    private const string Homeless = "referent.sans.etablissement@demo.sillage.test";

    private async Task<HttpClient> SignInHomelessAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            if (await users.FindByEmailAsync(Homeless) is null)
            {
                var user = new User { FirstName = "Sans", LastName = "Établissement", Email = Homeless, UserName = Homeless, EmailConfirmed = true, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(user, DemoSeeder.Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Coordinator)).Succeeded);
                // Somebody else without an establishment: an outside tutor.
                var tutor = new User { FirstName = "Tutrice", LastName = "Horsétablissement", Email = "tutrice.hors@exemple.test", UserName = "tutrice.hors@exemple.test", CreatedAt = DateTime.UtcNow };
                Assert.True((await users.CreateAsync(tutor)).Succeeded);
                Assert.True((await users.AddToRoleAsync(tutor, Roles.Tutor)).Succeeded);
            }
        }

        return await app.SignInAsync(Homeless);
    }

    [Fact]
    public async Task A_referent_without_an_establishment_lists_nobody_and_is_offered_no_establishment()
    {
        var client = await SignInHomelessAsync();

        var people = await client.GetPageAsync("/personnes");
        Assert.Equal(HttpStatusCode.OK, people.Status);
        Assert.Empty(people.FindAll("tbody tr td:first-child a"));
        Assert.DoesNotContain("Horsétablissement", people.Text, StringComparison.OrdinalIgnoreCase);

        var create = await client.GetPageAsync("/personnes/nouveau");
        Assert.DoesNotContain(create.FindAll("select[name='Input.EstablishmentId'] option"), o => o.GetAttribute("value") is { Length: > 0 });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/personnes/{await app.WithDbAsync(db => db.Users.Where(u => u.Email == "tutrice.hors@exemple.test").Select(u => u.Id).SingleAsync())}")).StatusCode);
    }

    [Fact]
    public async Task A_referent_without_an_establishment_creates_neither_people_nor_partners()
    {
        var client = await SignInHomelessAsync();
        var usersBefore = await app.WithDbAsync(db => db.Users.CountAsync());
        var hostsBefore = await app.WithDbAsync(db => db.HostOrganisations.CountAsync());

        var person = await (await client.SubmitAsync(await client.GetPageAsync("/personnes/nouveau"), "main form", new()
        {
            ["Input.FirstName"] = "Nina", ["Input.LastName"] = "Nulle", ["Input.Email"] = "nina.nulle@exemple.test", ["Input.Role"] = Roles.Teacher,
        })).ToPageAsync();
        Assert.Contains(person.Errors(), e => e.Contains("aucun établissement", StringComparison.Ordinal));

        var partner = await (await client.SubmitAsync(await client.GetPageAsync("/partenaires/nouveau"), "main form", new() { ["Input.Name"] = "Structure Orpheline" })).ToPageAsync();
        Assert.Contains(partner.Errors(), e => e.Contains("aucun établissement", StringComparison.Ordinal));

        Assert.Equal(usersBefore, await app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(hostsBefore, await app.WithDbAsync(db => db.HostOrganisations.CountAsync()));
    }

    [Fact]
    public async Task A_referent_without_an_establishment_starts_no_referentiel_draft()
    {
        var client = await SignInHomelessAsync();
        var draftsBefore = await app.WithDbAsync(db => db.FrameworkDrafts.CountAsync());

        var response = await client.SubmitAsync(await client.GetPageAsync("/referentiel/brouillons/nouveau"), "main form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(draftsBefore, await app.WithDbAsync(db => db.FrameworkDrafts.CountAsync()));
    }
}
