using System.Net;
using System.Text.Json;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>/health/live answers while the process runs; /health/ready only with the database and the storage
/// usable; /health keeps its behaviour (the database only).</summary>
public sealed class HealthTests(HealthApp app) : IClassFixture<HealthApp>
{
    [Fact]
    public async Task Ready_and_live_answer_200_when_everything_works()
    {
        var client = app.Anonymous();

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = await ChecksAsync(ready);
        Assert.Equal(["database", "storage"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, status => Assert.Equal("Healthy", status));
        using (var document = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            // The document probes and operators read: overall status, and each check's status and description.
            Assert.Equal("Healthy", document.RootElement.GetProperty("status").GetString());
            Assert.Equal("File storage reachable", document.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("Description").GetString());
        }

        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty(await ChecksAsync(live));
    }

    [Fact]
    public async Task With_the_database_unreachable_ready_and_health_answer_503_and_live_200()
    {
        var client = app.Anonymous();
        app.Outage.Down = true;
        try
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Simulated", body, StringComparison.Ordinal);
            var checks = await ChecksAsync(ready);
            Assert.Equal("Unhealthy", checks["database"]);
            Assert.Equal("Healthy", checks["storage"]);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            app.Outage.Down = false;
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task With_the_storage_unusable_ready_answers_503_while_health_and_live_answer_200()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        app.BreakStorage();
        try
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var body = await ready.Content.ReadAsStringAsync();
            Assert.DoesNotContain(app.FilesPath, body, StringComparison.Ordinal);
            var checks = await ChecksAsync(ready);
            Assert.Equal("Unhealthy", checks["storage"]);
            Assert.Equal("Healthy", checks["database"]);

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            app.RepairStorage();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_answer_over_plain_http_and_need_no_sign_in()
    {
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static async Task<Dictionary<string, string>> ChecksAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("status").GetString()!);
    }
}
