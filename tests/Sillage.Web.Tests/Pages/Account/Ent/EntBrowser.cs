using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sillage.Web.Tests.Infrastructure.Observability;

namespace Sillage.Web.Tests.Pages.Account.Ent;

/// <summary>
/// A browser between the app (test server, https://localhost) and the ENT (a real server on loopback), each with its
/// cookies: it follows redirects by hand, posts the ENT's login form, and submits the page with which the ENT sends
/// the code back (response mode form_post) as a browser's script would.
/// </summary>
public sealed class EntBrowser : IDisposable
{
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });

    private readonly WebApplicationFactory<Program> _factory;
    private readonly CookieJar _appCookies = new();

    public EntBrowser(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        App = factory.CreateDefaultClient(new Uri("https://localhost"), _appCookies);
    }

    /// <summary>The client on the app's side, with the cookies the sign-in left.</summary>
    public HttpClient App { get; }

    /// <summary>The last request the app sent the browser to the ENT's authorisation endpoint with.</summary>
    public Uri? AuthorizeRequest { get; private set; }

    /// <summary>Presses the ENT button on Sillage's sign-in page and lands on the ENT's login form — or, if the ENT
    /// still has a session, straight back in Sillage.</summary>
    public async Task<Page> StartAsync()
    {
        var login = await App.GetPageAsync("/connexion");
        var challenge = await App.SubmitAsync(login, "form[action*='/connexion/externe']");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        AuthorizeRequest = challenge.Headers.Location;
        return await FollowAsync(challenge);
    }

    /// <summary>Signs in at the ENT with its login; the page Sillage shows at the end (its error page, or where the
    /// person lands).</summary>
    public async Task<Page> SignInAsync(string login, string password = EntProvider.Password)
    {
        var form = await StartAsync();
        Assert.True(form.Find("input[name=login]") is not null, $"The ENT's login form, not {form.Url}: {form.Text}");
        return await FollowAsync(await _provider.SubmitAsync(form, "form", new() { ["login"] = login, ["password"] = password }));
    }

    /// <summary>Drops Sillage's cookies, as when its session ends with the browser; the ENT's stay.</summary>
    public void ForgetSillageSession() => _appCookies.Clear();

    /// <summary>Submits a form of an ENT page (its logout confirmation).</summary>
    public Task<HttpResponseMessage> ProviderSubmitAsync(Page page, string formSelector, Dictionary<string, string?> values) =>
        _provider.SubmitAsync(page, formSelector, values);

    /// <summary>The e-mail address of the account signed in at Sillage, or null.</summary>
    public async Task<string?> SignedInAsAsync()
    {
        var response = await App.GetAsync("/compte");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        return (await response.ToPageAsync()).FindAll("dd").Skip(1).First().TextContent.Trim();
    }

    /// <summary>Asserts who is signed in at Sillage (null: nobody), with the sign-in warnings the app logged when not.</summary>
    public async Task AssertSignedInAsAsync(string? email)
    {
        var actual = await SignedInAsAsync();
        var logs = _factory.Services.GetServices<ILoggerProvider>().OfType<CapturedLogs>().SelectMany(l => l.Lines)
            .Where(l => l.Category.Contains("OpenIdConnect", StringComparison.Ordinal) || l.Category.Contains("Oidc", StringComparison.Ordinal));
        Assert.True(actual == email, $"Signed in as {actual ?? "nobody"}, expected {email ?? "nobody"}. Logged:\n{string.Join("\n", logs.Select(l => l.Message))}");
    }

    /// <summary>Follows redirects across both sides, and the ENT's self-submitting form back to Sillage.</summary>
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        for (var hop = 0; hop < 20; hop++)
        {
            var from = response.RequestMessage!.RequestUri!;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
            {
                var next = new Uri(from, response.Headers.Location!);
                response = await ClientFor(next).GetAsync(next);
                continue;
            }

            var page = await response.ToPageAsync();
            if (!IsApp(from) && page.Find("form[action^='https://localhost/']") is not null)
            {
                response = await App.SubmitAsync(page, "form[action^='https://localhost/']");
                continue;
            }

            return page;
        }

        throw new InvalidOperationException("More than 20 redirects.");
    }

    public void Dispose()
    {
        _provider.Dispose();
        App.Dispose();
    }

    /// <summary>Cookies as a browser keeps them. The test client's own jar (<see cref="CookieContainer"/>) drops a
    /// cookie whose path is not above the address that set it — the OpenID handler's correlation and nonce cookies,
    /// set by /connexion/externe for /signin-oidc — which browsers keep, and it would expire them by the app's pinned
    /// clock.</summary>
    private sealed class CookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, (string Value, string Path)> _cookies = [];

        public void Clear() => _cookies.Clear();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var sent = _cookies.Where(c => path.StartsWith(c.Value.Path, StringComparison.Ordinal)).Select(c => $"{c.Key}={c.Value.Value}").ToList();
            if (sent.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", sent));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var parts = header.Split(';').Select(p => p.Trim()).ToList();
                var (name, value) = (parts[0][..parts[0].IndexOf('=')], parts[0][(parts[0].IndexOf('=') + 1)..]);
                var cookiePath = parts.FirstOrDefault(p => p.StartsWith("path=", StringComparison.OrdinalIgnoreCase))?[5..] ?? "/";
                // Only a deletion (dated 1970) expires a cookie here: the app's clock is pinned weeks back.
                var expired = parts.Any(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase) && p.Contains("1970", StringComparison.Ordinal));
                if (expired || value.Length == 0)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = (value, cookiePath);
                }
            }

            return response;
        }
    }

    private static bool IsApp(Uri uri) => uri.Host == "localhost";

    private HttpClient ClientFor(Uri uri) => IsApp(uri) ? App : _provider;
}
