using System.Net;
using System.Text.RegularExpressions;

namespace Sillage.Cluster;

/// <summary>A browser-like client whose cookies go to whichever address it is pointed at (the balancer, or one
/// instance directly, reached as through the TLS proxy with <c>X-Forwarded-Proto: https</c>).</summary>
public sealed partial class Client : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = [];

    public Client()
    {
        var handler = new HttpClientHandler
        {
            UseCookies = false, AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator, // the throwaway certificate
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public string? Token { get; private set; }

    public async Task<HttpResponseMessage> SendAsync(string baseUrl, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, baseUrl + path) { Content = content };
        if (!baseUrl.StartsWith("https", StringComparison.Ordinal))
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';')[0];
                var eq = pair.IndexOf('=');
                var (key, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(key);
                }
                else
                {
                    _cookies[key] = value;
                }
            }
        }

        return response;
    }

    /// <summary>GETs a page, keeps its antiforgery token, returns its HTML (throws unless 200).</summary>
    public async Task<string> PageAsync(string baseUrl, string path)
    {
        using var response = await SendAsync(baseUrl, HttpMethod.Get, path);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new CheckFailedException($"GET {path} on {baseUrl}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        if (TokenPattern().Match(html) is { Success: true } match)
        {
            Token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return html;
    }

    public Task<HttpResponseMessage> PostAsync(string baseUrl, string path, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token ?? "" };
        return SendAsync(baseUrl, HttpMethod.Post, path, new FormUrlEncodedContent(all));
    }

    public async Task SignInAsync(string baseUrl, string email, string password = Settings.DemoPassword)
    {
        await PageAsync(baseUrl, "/connexion");
        using var response = await PostAsync(baseUrl, "/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("connexion", StringComparison.Ordinal) == true)
        {
            throw new CheckFailedException($"sign-in of {email} on {baseUrl}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class CheckFailedException(string message) : Exception(message);
