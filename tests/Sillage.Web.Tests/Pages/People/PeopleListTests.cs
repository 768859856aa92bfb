using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.People;

public sealed class PeopleListTests(SillageApp app) : IClassFixture<SillageApp>
{
    private static readonly string[] Initials = ["Çelik", "Zola", "Émery", "Dupont", "Abel", "Ôtan", "Martin", "Île", "Baker", "Œuvre", "éric"];

    [Fact]
    public async Task People_are_listed_in_french_alphabetical_order_across_pages()
    {
        var names = Enumerable.Range(0, 55).Select(i => $"{Initials[i % Initials.Length]}{i:00}").ToList();
        await app.WithDbAsync(async db =>
        {
            db.Users.AddRange(names.Select(n => new User { FirstName = "Tritest", LastName = n, Email = $"{n.ToLowerInvariant()}@tri.example", UserName = $"{n}@tri.example" }));
            await db.SaveChangesAsync();
        });
        var admin = await app.SignInAsync(Accounts.Admin);

        var listed = new List<string>();
        foreach (var pageNumber in new[] { 1, 2 })
        {
            var page = await admin.GetPageAsync($"/personnes?q=tritest&p={pageNumber}");
            listed.AddRange(page.FindAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()));
        }

        var expected = names.Order(TextFolding.NameOrder).Select(n => $"{n.ToUpperInvariant()} Tritest").ToList();
        Assert.Equal(expected, listed);
        Assert.Equal("ABEL04 Tritest", listed[0]);
        Assert.True(listed.IndexOf("ÇELIK00 Tritest") < listed.IndexOf("DUPONT03 Tritest"));
    }

    [Fact]
    public async Task A_cohort_lists_its_learners_in_french_alphabetical_order()
    {
        var cohortId = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var learner = new User { FirstName = "François", LastName = "Çelik", Email = "francois.celik@tri.example", UserName = "francois.celik@tri.example", EstablishmentId = cohort.EstablishmentId };
            db.Users.Add(learner);
            db.CohortMembers.Add(new Sillage.Domain.People.CohortMember { CohortId = cohort.Id, PersonId = learner.Id, Role = Sillage.Domain.People.CohortRole.Learner, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return cohort.Id;
        });
        var coordinator = await app.SignInAsync(Accounts.Coordinator);
        var page = await coordinator.GetPageAsync($"/promotions/{cohortId}");
        var learners = page.FindAll("a[href^='/suivi/apprenants/']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("ÇELIK François", learners);
        Assert.Equal(learners.Order(TextFolding.NameOrder), learners);
        Assert.NotEqual("ÇELIK François", learners[^1]);
    }
}
