using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Observability;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>/metrics: Prometheus text for the bearer of Metrics:Token, refused to anyone else, absent when no token
/// is configured; Sillage's gauges read the database.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests(MetricsApp app, HealthApp unconfigured) : IClassFixture<HealthApp>
{
    [Fact]
    public async Task Without_the_token_metrics_are_refused()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsApp.Token + "x");
        var response = await client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("http_server", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_token_there_is_no_metrics_endpoint()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsApp.Token);
        var response = await unconfigured.Anonymous().SendAsync(request);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("target_info", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_token_metrics_list_requests_runtime_and_the_instance_over_plain_http()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/connexion")).StatusCode);

        // Prometheus scrapes each instance by IP over plain HTTP.
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://10.0.0.5") });
        // The test server answers before the request's duration is recorded (when its context is disposed).
        var text = await ScrapeAsync(http);
        for (var waited = 0; !text.Contains("http_server_request_duration_seconds_bucket", StringComparison.Ordinal) && waited < 5000; waited += 100)
        {
            await Task.Delay(100);
            text = await ScrapeAsync(http);
        }

        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections", text, StringComparison.Ordinal);
        Assert.Contains("sillage_jobs_queued", text, StringComparison.Ordinal);
        Assert.Contains($"service_instance_id=\"{MetricsApp.Instance}\"", text, StringComparison.Ordinal);
        Assert.Contains("service_name=\"sillage\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outbox_backlog_counts_unsent_messages_only()
    {
        var before = Value(await ScrapeAsync(app.Anonymous()), "sillage_outbox_backlog");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db =>
        {
            db.OutboxEmails.AddRange(
                new OutboxEmail { To = "a@example.fr", Subject = "1", Body = "b", CreatedAt = now.AddMinutes(-3) },
                new OutboxEmail { To = "b@example.fr", Subject = "2", Body = "b", CreatedAt = now },
                new OutboxEmail { To = "c@example.fr", Subject = "3", Body = "b", CreatedAt = now.AddMinutes(-9), SentAt = now });
            return db.SaveChangesAsync();
        });

        var text = await ScrapeAsync(app.Anonymous());
        Assert.Equal(before + 2, Value(text, "sillage_outbox_backlog"));
        Assert.True(Value(text, "sillage_outbox_oldest_age_seconds") >= 180);
    }

    [Fact]
    public async Task Durations_recorded_by_the_code_are_exported_by_kind_and_outcome()
    {
        SillageMetrics.RecordJob("metrics-test", "succeeded", TimeSpan.FromSeconds(2));
        SillageMetrics.RecordJob("metrics-test", "failed", TimeSpan.FromSeconds(1));
        using (SillageMetrics.StartPrint())
        {
        }

        var text = await ScrapeAsync(app.Anonymous());
        Assert.Equal(1, Value(text, "sillage_job_duration_seconds_count", "kind=\"metrics-test\"", "outcome=\"succeeded\""));
        Assert.Equal(2, Value(text, "sillage_job_duration_seconds_sum", "kind=\"metrics-test\"", "outcome=\"succeeded\""));
        Assert.Equal(1, Value(text, "sillage_job_duration_seconds_count", "kind=\"metrics-test\"", "outcome=\"failed\""));
        Assert.True(Value(text, "sillage_pdf_print_duration_seconds_count") >= 1);
    }

    [Fact]
    public async Task On_SQLite_the_memory_of_its_native_library_is_published()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/connexion")).StatusCode);
        var text = await ScrapeAsync(app.Anonymous());
        if (app.IsPostgres)
        {
            Assert.DoesNotContain("sillage_sqlite_memory", text, StringComparison.Ordinal);
        }
        else
        {
            // A connection's schema and first pages at least: far more than nothing, far less than a gigabyte.
            var bytes = Value(text, "sillage_sqlite_memory_bytes");
            Assert.InRange(bytes, 50_000, 1_000_000_000);
        }
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsApp.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the one sample of this name having these labels (among others):
    /// <c>name{label="…",…} value</c> or <c>name value</c>, maybe followed by a timestamp.</summary>
    private static double Value(string text, string name, params string[] labels)
    {
        var line = text.Split('\n').Single(l => (l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        var afterName = line.Contains('{', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[name.Length..];
        return double.Parse(afterName.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
