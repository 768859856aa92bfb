namespace Sillage.Web.Tests.Pages.People;

public sealed class CreatePersonTests(SillageApp app) : IClassFixture<SillageApp>
{
    private async Task<Page> CreateAsync(string email, string lastName = "Doublon", string? language = null)
    {
        var admin = await app.SignInAsync(Accounts.Admin);
        if (language is not null)
        {
            admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var form = await admin.GetPageAsync("/personnes/nouveau");
        return await admin.SubmitAndFollowAsync(form, "main form", new()
        {
            ["Input.FirstName"] = "Test", ["Input.LastName"] = lastName, ["Input.Email"] = email,
            ["Input.Role"] = "Learner", ["Input.SendInvitation"] = "false",
        });
    }

    [Fact]
    public async Task An_address_already_in_use_is_reported_once()
    {
        var page = await CreateAsync(Accounts.Learner);
        var error = Assert.Single(page.FindAll(".validation-summary-errors li"));
        Assert.Equal($"L'adresse e-mail « {Accounts.Learner} » est déjà utilisée par un autre compte.", error.TextContent);
    }

    [Fact]
    public async Task The_form_errors_are_in_the_users_language()
    {
        var page = await CreateAsync("pas-une-adresse", lastName: "", language: "en-GB");
        var errors = page.FindAll(".validation-summary-errors li").Select(li => li.TextContent).ToList();
        Assert.Contains("Name missing.", errors);
        Assert.Contains("Invalid email address “pas-une-adresse”.", errors);
    }
}
