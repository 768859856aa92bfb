using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using Sillage.Domain.People;
using Sillage.Web.Data;

namespace Sillage.Browser.Tests;

/// <summary>
/// What the security controls show a person, in a real browser and on accessible pages: turning the second factor
/// off asks for the password or a code; the tutor-access page warns when the period's tutor belongs to another
/// establishment and offers neither link nor invitation; a référent sees the shared positioning scale read-only.
/// </summary>
public sealed class SecurityNoticesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Turning_the_second_factor_off_asks_for_the_password_or_a_code()
    {
        var page = await app.OpenAsync("prof.anglais@demo.sillage.test");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/compte/double-authentification");
        var key = (await page.Locator("code.fs-5").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code à 6 chiffres de l'application").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("La double authentification est activée")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Without the password: refused, with the reason, and still on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Désactiver" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saisissez votre mot de passe actuel ou un code de l'application pour confirmer.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("La double authentification est activée")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Locator("#verification-disable").FillAsync(Sillage.Web.Data.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Désactiver" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Double authentification désactivée.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_tutor_access_page_warns_about_a_tutor_of_another_establishment()
    {
        var periodId = await WithDbAsync(async db =>
        {
            var period = await db.PfmpPeriods.Where(p => p.TutorId != null).OrderBy(p => p.Start).FirstAsync();
            var elsewhere = new Establishment { Name = "Lycée d'ailleurs", Uai = "0999999Z" };
            db.Establishments.Add(elsewhere);
            var tutor = await db.Users.SingleAsync(u => u.Id == period.TutorId);
            tutor.EstablishmentId = elsewhere.Id;
            await db.SaveChangesAsync();
            return period.Id;
        });

        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync($"/pfmp/periodes/{periodId}/acces-tuteur");
        await Assertions.Expect(page.GetByText("Le tuteur désigné a un compte d'un autre établissement : choisissez un autre contact comme tuteur de cette période.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Créer et envoyer un lien" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_referent_sees_the_shared_positioning_scale_read_only()
    {
        var frameworkId = await WithDbAsync(db => db.Frameworks.Select(f => f.Id).FirstAsync());
        var page = await app.OpenAsync("referent@demo.sillage.test");
        await page.GotoAsync($"/referentiel/{frameworkId}/echelle");
        await Assertions.Expect(page.GetByText("Ce référentiel est commun à tous les établissements de la plateforme : son échelle ne peut être modifiée que par l'administrateur de la plateforme.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Intitulé du niveau 1", new() { Exact = true })).ToBeDisabledAsync();
        await page.AssertAccessibleAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<SillageDb, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<SillageDb>());
    }
}
