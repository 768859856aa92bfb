using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sillage.Web.Tests.Infrastructure.Observability;

/// <summary>Every log line carries the instance id, and the trace id of the request it belongs to.</summary>
[Collection(MetricsCollection.Name)]
public sealed class LogCorrelationTests(MetricsApp app)
{
    [Fact]
    public async Task A_request_log_line_carries_the_trace_id_and_the_instance_id()
    {
        var response = await app.Anonymous().GetAsync("/connexion?log-correlation");
        response.EnsureSuccessStatusCode();

        var line = Assert.Single(app.Logs.Lines, l => l.Category == "Microsoft.AspNetCore.Hosting.Diagnostics"
            && l.Message.Contains("Request starting", StringComparison.Ordinal) && l.Message.Contains("log-correlation", StringComparison.Ordinal));
        Assert.Equal(MetricsApp.Instance, line.ScopeValues["InstanceId"]);
        Assert.Matches("^[0-9a-f]{32}$", line.ScopeValues["TraceId"]);
        Assert.NotEqual(new string('0', 32), line.ScopeValues["TraceId"]);
    }

    [Fact]
    public void A_line_outside_any_request_carries_the_instance_id_and_inside_an_activity_its_trace_id()
    {
        var logger = app.Services.GetRequiredService<ILogger<LogCorrelationTests>>();
        logger.LogInformation("Outside {Marker}", "no-activity");
        using (var activity = new Activity("log-correlation-test").Start())
        {
            logger.LogInformation("Inside {Marker}", activity.TraceId);
        }

        var outside = Assert.Single(app.Logs.Lines, l => l.Message == "Outside no-activity");
        Assert.Equal(MetricsApp.Instance, outside.ScopeValues["InstanceId"]);
        var inside = Assert.Single(app.Logs.Lines, l => l.Message.StartsWith("Inside ", StringComparison.Ordinal));
        Assert.Equal(MetricsApp.Instance, inside.ScopeValues["InstanceId"]);
        Assert.Equal(inside.Message["Inside ".Length..], inside.ScopeValues["TraceId"]);
    }
}
