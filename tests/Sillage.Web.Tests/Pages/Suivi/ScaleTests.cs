using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.People;

namespace Sillage.Web.Tests.Pages.Suivi;

/// <summary>A framework's positioning scale serves every establishment whose cohorts use the framework: only the
/// platform administrator changes it.</summary>
public sealed class ScaleTests(SillageApp app) : IClassFixture<SillageApp>
{
    private Task<Guid> FrameworkId() => app.WithDbAsync(db => db.Frameworks.Where(f => f.Code == "mc-sno").Select(f => f.Id).SingleAsync());

    private Task<string[]> LabelsAsync(Guid frameworkId) => app.WithDbAsync(db =>
        db.PositioningLevels.Where(l => l.FrameworkId == frameworkId).OrderBy(l => l.Rank).Select(l => l.Label + "|" + l.Color + "|" + l.CountsAsAcquired).ToArrayAsync());

    /// <summary>Every field of the scale form as stored, with one label changed: the form a référent would have to forge.</summary>
    private async Task<Dictionary<string, string?>> FormWithLabelAsync(Guid frameworkId, int rank, string label)
    {
        var levels = await app.WithDbAsync(db => db.PositioningLevels.Where(l => l.FrameworkId == frameworkId).OrderBy(l => l.Rank).ToListAsync());
        var values = new Dictionary<string, string?>();
        foreach (var level in levels)
        {
            values[$"Levels[{level.Rank}].Label"] = level.Rank == rank ? label : level.Label;
            values[$"Levels[{level.Rank}].Abbreviation"] = level.Abbreviation;
            values[$"Levels[{level.Rank}].Color"] = level.Color;
            values[$"Levels[{level.Rank}].TextColor"] = level.TextColor;
            values[$"Levels[{level.Rank}].CountsAsAcquired"] = level.CountsAsAcquired ? "true" : null;
        }

        return values;
    }

    [Fact]
    public async Task A_referent_cannot_rewrite_the_scale_of_a_framework_another_establishment_uses()
    {
        var frameworkId = await FrameworkId();
        await app.WithDbAsync(async db =>
        {
            var other = new Establishment { Name = "Lycée de l'autre rive", Uai = "0330099X" };
            db.Establishments.Add(other);
            db.Cohorts.Add(new Cohort { Name = "MC SNO autre rive", SchoolYear = "2026-2027", EstablishmentId = other.Id, FrameworkId = frameworkId, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var before = await LabelsAsync(frameworkId);
        var coordinator = await app.SignInAsync(Accounts.Coordinator);

        var page = await coordinator.GetPageAsync($"/referentiel/{frameworkId}/echelle");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("que par l'administrateur", page.Find(".alert-info")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull(page.Find("fieldset[disabled]"));
        var refused = await coordinator.SubmitAsync(page, "main form", await FormWithLabelAsync(frameworkId, 3, "Réécrit par A"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var removed = await coordinator.SubmitAsync(page, "main form", new() { ["change"] = "remove" });
        Assert.Equal(HttpStatusCode.Forbidden, removed.StatusCode);
        Assert.Equal(before, await LabelsAsync(frameworkId));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "scale.changed")));

        var admin = await app.SignInAsync(Accounts.Admin);
        var adminPage = await admin.GetPageAsync($"/referentiel/{frameworkId}/echelle");
        Assert.Null(adminPage.Find("fieldset[disabled]"));
        var saved = await admin.SubmitAndFollowAsync(adminPage, "main form", new() { ["Levels[3].Label"] = "Acquise" });
        Assert.Contains("Échelle enregistrée", saved.Text, StringComparison.Ordinal);
        Assert.Equal("Acquise", await app.WithDbAsync(db => db.PositioningLevels.Where(l => l.FrameworkId == frameworkId && l.Rank == 3).Select(l => l.Label).SingleAsync()));
    }
}
