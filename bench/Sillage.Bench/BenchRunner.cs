using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sillage.Bench;

/// <summary>Runs each scenario: generate its data, sign in, warm up, then time each page request and print
/// the median and 95th percentile (in-process HTTP: the time is the server's, without network).</summary>
public static partial class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (options.Prepare is not null)
        {
            return await LoadData.PrepareAsync(options);
        }

        if (options.Scenario == "pages")
        {
            return await PagesAsync(options);
        }

        var scenarios = Scenarios.All.Where(s => options.Scenario is null || s.Name == options.Scenario).ToList();
        Console.WriteLine($"Sillage bench — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        foreach (var scenario in scenarios)
        {
            using var app = new BenchApp(options.Postgres);
            _ = app.Server;
            var stopwatch = Stopwatch.StartNew();
            var context = await scenario.GenerateAsync(app, options.Scale);
            Console.WriteLine($"\n## {scenario.Name} ({app.Provider}, scale {options.Scale}) — data generated in {stopwatch.Elapsed.TotalSeconds:0.0} s: {context.Description}");

            // The generator's garbage (millions of tracked entities at national scale) must not be collected during
            // the measures: collect it now, compacting, so every scale starts from a clean heap.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var client = await SignInAsync(app, context.Email);
            foreach (var (label, url) in context.Pages)
            {
                for (var i = 0; i < options.Warmup; i++)
                {
                    await GetAsync(client, url);
                }

                var times = new List<double>(options.Iterations);
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < options.Iterations; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await GetAsync(client, url);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                // The process's CPU and allocations per request (as the pages mode prints them): the work done, which the
                // machine's other load disturbs far less than the elapsed time.
                process.Refresh();
                var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / options.Iterations;
                var kilobytesPerRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / options.Iterations;
                times.Sort();
                Console.WriteLine($"| {label,-40} | median {times[times.Count / 2],7:0.0} ms | p95 {times[(int)(times.Count * 0.95)],7:0.0} ms | CPU {cpuPerRequest,5:0.00} ms/request | {kilobytesPerRequest,6:0} kB allocated/request |");
            }

            if (context.Measure is { } measure)
            {
                await measure(app, client, await SignInAsync(app, Accounts.OtherLearner));
            }
        }

        return 0;
    }

    /// <summary>The load benchmark's pages one request at a time: server time, and the process's CPU time per request
    /// (a figure that the machine's other load disturbs far less than the elapsed time).</summary>
    private static async Task<int> PagesAsync(BenchOptions options)
    {
        using var app = new BenchApp(options.Postgres);
        _ = app.Server;
        var pages = await LoadData.GenerateAsync(app, options.Scale);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var clients = new Dictionary<string, HttpClient>();
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"\n## pages ({app.Provider}, scale {options.Scale}) — load average {File.ReadAllText("/proc/loadavg")[..14]}");
        var only = Environment.GetEnvironmentVariable("SILLAGE_BENCH_PAGE");
        foreach (var (label, email, url) in pages.Where(p => only is null || p.Label.Contains(only, StringComparison.Ordinal)))
        {
            if (!clients.TryGetValue(email, out var client))
            {
                clients[email] = client = await SignInAsync(app, email);
            }

            for (var i = 0; i < options.Warmup; i++)
            {
                await GetAsync(client, url);
            }

            var times = new List<double>(options.Iterations);
            var bytes = 0L;
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < options.Iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                bytes = await GetAsync(client, url);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            process.Refresh();
            var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMilliseconds / options.Iterations;
            // Bytes allocated per request: a measure of the work done that the machine's other load does not disturb at all.
            var kilobytesPerRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / options.Iterations;
            times.Sort();
            Console.WriteLine($"| {label,-34} | median {times[times.Count / 2],6:0.00} ms | p95 {times[(int)(times.Count * 0.95)],6:0.00} ms | CPU {cpuPerRequest,5:0.00} ms/request | {kilobytesPerRequest,6:0} kB allocated/request | {bytes,9:N0} bytes |");
        }

        return 0;
    }

    /// <summary>Requests a page that must answer 200; returns the size of its body.</summary>
    private static async Task<long> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[16 * 1024];
        var bytes = 0L;
        for (int read; (read = await body.ReadAsync(buffer)) > 0;)
        {
            bytes += read;
        }

        return bytes;
    }

    private static async Task<HttpClient> SignInAsync(BenchApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var login = await client.GetStringAsync("/connexion");
        var token = TokenPattern().Match(login).Groups[1].Value;
        var response = await client.PostAsync("/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Sillage.Web.Data.Demo.DemoSeeder.Password,
            ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException("Sign-in failed");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
