using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Pages.Account;

/// <summary>
/// A sign-in attempt costs one password hash whatever the address — unknown, known, without a password yet,
/// deactivated or locked out — so that the answer's timing does not tell which addresses have an account. Counted,
/// not timed: a hasher in the test host counts the verifications.
/// </summary>
public sealed class SignInTimingTests(SillageApp app) : IClassFixture<SillageApp>
{
    [Fact]
    public async Task Every_attempt_verifies_one_password_hash_whether_the_address_has_an_account_or_not()
    {
        var counter = new CountingHasher();
        var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<User>>(_ => counter)));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            Assert.True((await users.CreateAsync(new User { FirstName = "Sans", LastName = "Mot-de-passe", Email = "invite@example.org", UserName = "invite@example.org" })).Succeeded);
        }

        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == "apprenant05@demo.sillage.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)));
            await db.Users.Where(u => u.Email == "apprenant06@demo.sillage.test").ExecuteUpdateAsync(s => s.SetProperty(u => u.DeactivatedAt, DateTime.UtcNow));
        });

        foreach (var (email, password) in new[]
                 {
                     ("personne@example.org", "un mot de passe quelconque"),
                     (Accounts.Learner, "un mauvais mot de passe"),
                     (Accounts.OtherLearner, DemoSeeder.Password),
                     ("invite@example.org", "un mot de passe quelconque"),
                     ("apprenant05@demo.sillage.test", DemoSeeder.Password),
                     ("apprenant06@demo.sillage.test", "un mauvais mot de passe"),
                 })
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            var page = await client.GetPageAsync("/connexion");
            var before = counter.Verifications;
            await client.SubmitAsync(page, "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
            Assert.True(counter.Verifications - before == 1, $"{email}: {counter.Verifications - before} verification(s)");
        }
    }

    /// <summary>Identity's hasher, counting the verifications (requests of the test run one at a time).</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
