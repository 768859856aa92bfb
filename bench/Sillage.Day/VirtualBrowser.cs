using System.Diagnostics;
using System.Globalization;

namespace Sillage.Day;

/// <summary>
/// One virtual user's browser: its own connection and cookies, redirects not followed (so that a redirect to the sign-in
/// page is seen), every request timed under an action name. The app is reached as behind a TLS-terminating proxy
/// (X-Forwarded-Proto: https): its cookies are Secure, so they are kept here by hand rather than in a CookieContainer,
/// which would not send them over http.
/// </summary>
public sealed class VirtualBrowser(Uri baseAddress, Metrics metrics, CancellationToken endOfDay) : IDisposable
{
    private CancellationToken _stop = endOfDay;

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public sealed record Response(int Status, string Body, string? Location, bool Ok);

    public Task<Response> GetAsync(string action, string path) => SendAsync(action, new HttpRequestMessage(HttpMethod.Get, path));

    public Task<Response> PostAsync(string action, HtmlForm form, bool htmx = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(form.Fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return SendAsync(action, request);
    }

    /// <summary>Signs in through the sign-in form, as a person would.</summary>
    public async Task<bool> SignInAsync(Account account)
    {
        var page = await GetAsync("sign-in page", "/connexion");
        var form = HtmlForm.Find(page.Body, "/connexion", "Input.Email");
        if (!Expect("sign-in page", page, form is not null, "the sign-in form"))
        {
            return false;
        }

        var signedIn = await PostAsync("sign-in", form!.Set("Input.Email", account.Email).Set("Input.Password", account.Password));
        return Expect("sign-in", signedIn, signedIn.Status == 302 && signedIn.Location is "/" or "~/", "a redirect to the home page");
    }

    /// <summary>Counts an error when a response is not the one expected; returns whether it was.</summary>
    public bool Expect(string action, Response response, bool expected, string what)
    {
        if (response.Ok && !expected)
        {
            metrics.Fail(action, string.Create(CultureInfo.InvariantCulture, $"HTTP {response.Status}, expected {what}"));
        }

        return response.Ok && expected;
    }

    /// <summary>Waits like a person reading or typing; ends the user's day when the run is over.</summary>
    public Task ThinkAsync(Random random, int minMs, int maxMs) => Task.Delay(random.Next(minMs, maxMs), _stop);

    /// <summary>After the run, for the check: requests are no longer stopped.</summary>
    public void AfterTheDay() => _stop = CancellationToken.None;

    private async Task<Response> SendAsync(string action, HttpRequestMessage request)
    {
        _stop.ThrowIfCancellationRequested();
        using (request)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var clock = Stopwatch.StartNew();
            try
            {
                // Never cancelled by the end of the run: a request started is measured to its end.
                using var response = await _http.SendAsync(request, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                KeepCookies(response);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.OriginalString;
                string? error = status >= 400 ? $"HTTP {status} on {request.Method} {request.RequestUri}"
                    : location is not null && location.Contains("/connexion", StringComparison.Ordinal) ? $"redirected to sign-in from {request.RequestUri}"
                    : null;
                metrics.Record(action, elapsed, error);
                return new Response(status, body, location, error is null);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                metrics.Record(action, clock.Elapsed.TotalMilliseconds, $"{e.GetType().Name}: {e.Message}");
                return new Response(0, "", null, false);
            }
        }
    }

    private void KeepCookies(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }

        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var (name, content) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = content;
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
