using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Domain.Situations;
using Sillage.Web.Data.Demo;
using Sillage.Web.Pages.Situations;

namespace Sillage.Web.Tests.Pages.Situations;

/// <summary>The documents the shipped situations cite, attached once to the situations of the common library: a
/// re-install adds nothing and leaves the team's changes alone; learners open them only through their assignments.</summary>
public sealed class SituationDocumentsTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> SituationAsync(string code) => app.WithDbAsync(db => db.Situations.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    private Task<List<(string Title, int? Mission)>> DocumentsAsync(Guid situation) => app.WithDbAsync(async db =>
        (await db.SituationDocuments.Where(d => d.SituationId == situation)
            .Select(d => new { d.Title, Mission = db.Missions.Where(m => m.Id == d.MissionId).Select(m => (int?)m.SortOrder).SingleOrDefault() })
            .ToListAsync())
        .Select(d => (d.Title, d.Mission)).OrderBy(d => d.Mission).ThenBy(d => d.Title, StringComparer.Ordinal).ToList());

    private async Task InstallAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ShippedSituations>().InstallAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ShippedSituationDocuments>().InstallAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_documents_each_mission_cites_are_attached_to_it_and_a_reinstall_adds_none()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        Assert.Equal([("Charte graphique", 1), ("Procédure de mise à jour du site Web", 1), ("Charte éditoriale", 2)], await DocumentsAsync(s1));
        var s5 = await DocumentsAsync(await SituationAsync("vosreves-situation-5"));
        Assert.Contains(("SecurePay Connect — Merchant Integration Guide (documentation technique en anglais)", 1), s5);
        Assert.Equal(2, s5.Count);
        var count = await app.WithDbAsync(db => db.SituationDocuments.CountAsync(d => db.Situations.Any(s => s.Id == d.SituationId && s.EstablishmentId == null)));

        await InstallAsync();
        await InstallAsync();
        Assert.Equal(count, await app.WithDbAsync(db => db.SituationDocuments.CountAsync(d => db.Situations.Any(s => s.Id == d.SituationId && s.EstablishmentId == null))));
    }

    [Fact]
    public async Task A_document_the_team_removed_or_renamed_stays_so_after_a_reinstall()
    {
        var s3 = await SituationAsync("vosreves-situation-3");
        var s4 = await SituationAsync("vosreves-situation-4");
        var admin = await app.SignInAsync(Accounts.Admin);
        var page = await admin.GetPageAsync($"/situations/{s3}");
        var removed = await admin.SubmitAndFollowAsync(page, "form[action*='handler=DeleteDocument']");
        Assert.Contains("Document « Guide des bonnes pratiques de l'informatique » retiré.", removed.Text, StringComparison.Ordinal);
        await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == s4 && d.Title == "Charte graphique")
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Title, "Charte graphique (version du lycée)")));

        await InstallAsync();

        Assert.Empty(await DocumentsAsync(s3));
        var s4Documents = await DocumentsAsync(s4);
        Assert.Contains(("Charte graphique (version du lycée)", 1), s4Documents);
        Assert.DoesNotContain(("Charte graphique", 1), s4Documents);
    }

    [Fact]
    public async Task An_installation_from_before_the_documents_receives_them_once()
    {
        var s2 = await SituationAsync("vosreves-situation-2");
        await app.WithDbAsync(async db =>
        {
            await db.SituationDocuments.Where(d => d.SituationId == s2).ExecuteDeleteAsync();
            await db.Situations.Where(s => s.Id == s2).ExecuteUpdateAsync(u => u.SetProperty(s => s.ShippedDocumentsVersion, 0));
        });

        await InstallAsync();
        await InstallAsync();

        var documents = await DocumentsAsync(s2);
        Assert.Equal(11, documents.Count);
        Assert.Equal(["Inventaire des applications et des ressources partagées"], documents.Where(d => d.Mission == 1).Select(d => d.Title));
        Assert.Equal(4, documents.Count(d => d.Mission == 4));
    }

    [Fact]
    public async Task An_untouched_shipped_situation_receives_the_intention_and_restitution_once_and_an_edited_one_is_left_alone()
    {
        var (s4, s5) = (await SituationAsync("vosreves-situation-4"), await SituationAsync("vosreves-situation-5"));
        await app.WithDbAsync(async db =>
        {
            await db.Situations.Where(s => s.Id == s4).ExecuteUpdateAsync(u => u.SetProperty(s => s.Restitution, (string?)null).SetProperty(s => s.Version, 1));
            await db.Situations.Where(s => s.Id == s5).ExecuteUpdateAsync(u => u.SetProperty(s => s.Restitution, "Notre propre restitution").SetProperty(s => s.Version, 3));
        });

        await InstallAsync();
        await InstallAsync();

        var after = await app.WithDbAsync(db => db.Situations.Where(s => s.Id == s4 || s.Id == s5).OrderBy(s => s.Code).Select(s => new { s.Restitution, s.Version }).ToListAsync());
        Assert.StartsWith("- **Collective** : restitution orale des travaux réalisés", after[0].Restitution, StringComparison.Ordinal);
        Assert.Equal(2, after[0].Version);
        Assert.Equal(("Notre propre restitution", 3), (after[1].Restitution, after[1].Version));
        var teacher = await app.SignInAsync(Accounts.Teacher);
        var history = await teacher.GetPageAsync($"/situations/{s4}/historique");
        Assert.Contains("Intention pédagogique et restitution complétées (situation fournie avec Sillage)", history.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_opens_the_documents_of_an_assigned_situation_and_nobody_else_does()
    {
        var s1 = await SituationAsync("vosreves-situation-1");
        var s2 = await SituationAsync("vosreves-situation-2");
        var charte = await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == s1 && d.Title == "Charte graphique").Select(d => d.Id).SingleAsync());
        var s2Document = await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == s2).OrderBy(d => d.SortOrder).Select(d => d.Id).FirstAsync());

        var learner = await app.SignInAsync(Accounts.Learner);
        var page = await learner.GetPageAsync($"/situations/{s1}");
        Assert.NotNull(page.Find($"a[href='/situations/{s1}/documents/{charte}']"));
        var response = await learner.GetAsync($"/situations/{s1}/documents/{charte}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# VosRêves — Charte graphique", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Situation 2 is group B's: this learner is in group A.
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/situations/{s2}/documents/{s2Document}")).StatusCode);

        // The establishment's adapted copy carries the documents too; given to this cohort, its learners read them and the
        // other establishment's people never do.
        var copy = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == DemoSeeder.CohortName);
            var id = await db.Situations.Where(s => s.DuplicatedFromId == s1 && s.EstablishmentId == cohort.EstablishmentId).Select(s => s.Id).SingleAsync();
            db.SituationAssignments.Add(new SituationAssignment { SituationId = id, CohortId = cohort.Id, Scope = AssignmentScope.Cohort, Start = new(2026, 11, 16), End = new(2026, 11, 27) });
            await db.SaveChangesAsync();
            return id;
        });
        var copied = await app.WithDbAsync(db => db.SituationDocuments.Where(d => d.SituationId == copy && d.Title == "Charte éditoriale").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync($"/situations/{copy}/documents/{copied}")).StatusCode);
        foreach (var other in new[] { Accounts.Other.Learner, Accounts.Other.Teacher })
        {
            var client = await app.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/situations/{copy}/documents/{copied}")).StatusCode);
        }
    }
}
