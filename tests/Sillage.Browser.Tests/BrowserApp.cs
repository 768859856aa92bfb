using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Sillage.Browser.Tests;

/// <summary>
/// The app on a real Kestrel port with the demo data, and Debian's Chromium driven by Playwright. One per test
/// class; each test opens its own browser context (cookies do not leak between tests).
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"sillage_browser_{Guid.NewGuid():N}.db");

    // Chosen before the start so that the public address, from which the app writes its links, names the real port.
    private readonly int _port = FreePort();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development the host does not read the build's static web assets manifest, and the fingerprinted
        // CSS and scripts (and their compressed variants, which exist only under obj/) came back empty: the pages ran
        // without Bootstrap, htmx or site.js. Published apps have those files in wwwroot.
        builder.UseStaticWebAssets();
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Security:SecureCookies", "false");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sillage", $"Data Source={_sqlitePath}");
        builder.UseSetting("App:PublicUrl", $"http://localhost:{_port}");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task InitializeAsync()
    {
        UseKestrel(_port);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/').Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context in French (as a French school's browser), signed in when an e-mail is given.</summary>
    public async Task<IPage> OpenAsync(string? email = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", BaseURL = BaseUrl });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (email is not null)
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("Adresse e-mail").FillAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(Sillage.Web.Data.Demo.DemoSeeder.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        }

        return page;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
