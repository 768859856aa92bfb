using System.Net;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Tests.Pages.Portfolio;

namespace Sillage.Web.Tests.Pages.Pfmp;

/// <summary>A learner shares traces with their PFMP tutor: the tutor reads them in the tutor space, only those, only
/// while the share is active, and only for a learner placed with them.</summary>
public sealed class SharedWithTutorTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task The_tutor_reads_the_traces_shared_with_them_until_the_learner_revokes_the_share()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var shared = await learner.CreateAsync("Compte rendu de la semaine au cabinet", "J'ai installé les postes de l'accueil.");
        await learner.CreateAsync("Réflexion personnelle non partagée", "Texte privé.");
        var tutorId = await app.UserIdAsync(Accounts.Tutor);

        var page = await learner.GetPageAsync("/dossier/partages");
        Assert.Contains(page.FindAll("#RecipientId option"), o => o.GetAttribute("value") == tutorId.ToString());
        var created = await learner.SubmitAndFollowAsync(page, "#share-form", new()
        {
            ["Label"] = "Mon tuteur", ["Days"] = "30", ["TraceIds"] = shared.ToString(), ["RecipientId"] = tutorId.ToString(),
        });
        Assert.Empty(created.Errors());
        Assert.Contains("Adressé à Julien Morel (espace tuteur)", created.Text, StringComparison.Ordinal);

        var tutor = await app.SignInAsync(Accounts.Tutor);
        var period = await app.PeriodAsync(0);
        var periodPage = await tutor.GetPageAsync($"/tuteur/periodes/{period}");
        Assert.Contains("Traces partagées avec vous (1)", periodPage.Find("#shared-traces-link")!.TextContent, StringComparison.Ordinal);
        var traces = await tutor.GetPageAsync($"/tuteur/periodes/{period}/traces");
        Assert.Contains("Compte rendu de la semaine au cabinet", traces.Text, StringComparison.Ordinal);
        Assert.Contains("J'ai installé les postes de l'accueil.", traces.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Réflexion personnelle non partagée", traces.Text, StringComparison.Ordinal);

        // Not for a learner placed with someone else, nor for another tutor.
        Assert.Equal(HttpStatusCode.NotFound, (await tutor.GetAsync($"/tuteur/periodes/{await app.PeriodAsync(2)}/traces")).StatusCode);

        var link = await app.WithDbAsync(db => db.ShareLinks.Where(s => s.RecipientId == tutorId).Select(s => s.Id).SingleAsync());
        var shares = await learner.GetPageAsync("/dossier/partages");
        shares.FindAll("form").First(f => f.QuerySelector($"input[name=linkId][value='{link}']") is not null).Id = "revoke";
        Assert.Equal(HttpStatusCode.Redirect, (await learner.SubmitAsync(shares, "#revoke")).StatusCode);
        var after = await tutor.GetPageAsync($"/tuteur/periodes/{period}/traces");
        Assert.DoesNotContain("Compte rendu de la semaine au cabinet", after.Text, StringComparison.Ordinal);
        Assert.NotNull(after.Find("#no-shared-traces"));
    }

    [Fact]
    public async Task A_share_cannot_be_addressed_to_someone_who_is_not_the_learners_tutor()
    {
        var learner = await app.SignInAsync(Accounts.Learner);
        var trace = await learner.CreateAsync("Trace pour un faux destinataire");
        var teacher = await app.UserIdAsync(Accounts.Teacher);
        var before = await app.WithDbAsync(db => db.ShareLinks.CountAsync());

        var page = await learner.GetPageAsync("/dossier/partages");
        var refused = await learner.SubmitAndFollowAsync(page, "#share-form", new()
        {
            ["Label"] = "Faux tuteur", ["Days"] = "30", ["TraceIds"] = trace.ToString(), ["RecipientId"] = teacher.ToString(),
        });
        Assert.Contains("Choisissez le destinataire parmi vos tuteurs de PFMP.", refused.Errors());
        Assert.Equal(before, await app.WithDbAsync(db => db.ShareLinks.CountAsync()));
    }
}
