using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Npgsql;
using Sillage.Cluster;

// The cluster check (issue 17): three published instances on one PostgreSQL and one S3 bucket, behind haproxy
// terminating TLS (deploy/haproxy/haproxy.cfg), proven through the balancer and through each instance directly.
// Prints one line per check and ends with "N passed, N failed". Started by scripts/cluster-test, which prepares
// the services; see there.
const int RunningStatus = 2, SucceededStatus = 3; // BackgroundJobStatus as stored
const string ExportKind = "portfolio.export";
var settings = Settings.FromEnvironment();
var instances = new[] { new Instance("a", FreePort(), settings), new Instance("b", FreePort(), settings), new Instance("c", FreePort(), settings) };
var (a, b, c) = (instances[0], instances[1], instances[2]);
var results = new List<(string Name, string? Failure)>();
Process? balancer = null;
try
{
    // --- A first install: three instances on an empty database, no demo.
    const string setupDb = "sillage_cluster_setup";
    await CreateDatabaseAsync(setupDb);
    await CheckAsync("three instances started together on an empty database all come up", async () =>
    {
        foreach (var i in instances)
        {
            i.Start(setupDb, demo: false);
        }

        await AllReadyAsync(TimeSpan.FromSeconds(120));
    });
    balancer = StartBalancer();
    await CheckAsync("one setup token for the whole cluster, accepted through the balancer", async () =>
    {
        var tokens = instances.SelectMany(i => Regex.Matches(i.ReadLog(), @"jeton d(?:'|\\u0027)installation ([A-Za-z0-9_-]+)").Select(m => m.Groups[1].Value)).Distinct().ToList();
        Expect(tokens.Count == 1, $"{tokens.Count} different tokens in the logs");
        using var admin = new Client();
        // Each request of the form may reach another instance.
        await admin.PageAsync(settings.Balancer, "/installation");
        using var response = await admin.PostAsync(settings.Balancer, "/installation", new Dictionary<string, string>
        {
            ["Input.Token"] = tokens[0], ["Input.FirstName"] = "Camille", ["Input.LastName"] = "Admin",
            ["Input.Email"] = "admin@cluster.test", ["Input.Password"] = "Cluster-admin-2026!",
        });
        Expect(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() == "/admin",
            $"installation answered {(int)response.StatusCode} {response.Headers.Location}");
        var again = await admin.SendAsync(c.Url, HttpMethod.Get, "/installation");
        Expect(again.StatusCode != HttpStatusCode.OK || !(await again.Content.ReadAsStringAsync()).Contains("Input_Token", StringComparison.Ordinal),
            "the setup form is still offered on another instance after the installation");
    });
    await Task.WhenAll(instances.Select(i => i.StopAsync(TimeSpan.FromSeconds(40))));

    // --- The cluster with the demo: instances started together race on the demo seed too.
    const string db = "sillage_cluster";
    await CreateDatabaseAsync(db);
    await CheckAsync("three instances started together on an empty database with the demo all come up, the demo seeded once", async () =>
    {
        foreach (var i in instances)
        {
            i.Start(db, demo: true);
            if (Environment.GetEnvironmentVariable("SILLAGE_CLUSTER_STAGGER") is { Length: > 0 })
            {
                await i.WaitReadyAsync(TimeSpan.FromSeconds(120)); // only to try the later checks on an older build
            }
        }

        await AllReadyAsync(TimeSpan.FromSeconds(180));
        var referents = await ScalarAsync<long>(db, "SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = 'referent@demo.sillage.test'");
        Expect(referents == 1, $"{referents} demo référents");
    });

    using var teacher = new Client();
    await CheckAsync("a sign-in on A is valid on B and C, and through the balancer", async () =>
    {
        await teacher.SignInAsync(a.Url, "referent@demo.sillage.test");
        foreach (var url in new[] { b.Url, c.Url, settings.Balancer })
        {
            var home = await teacher.PageAsync(url, "/");
            Expect(home.Contains("Déconnexion", StringComparison.Ordinal) || home.Contains("deconnexion", StringComparison.Ordinal), $"not signed in on {url}");
        }
    });

    using var learner = new Client();
    string? traceId = null;
    await CheckAsync("a trace written on A is seen on C at once, with the same heatmap on A, B and C", async () =>
    {
        await learner.SignInAsync(a.Url, "apprenant01@demo.sillage.test");
        var before = await TraceCountAsync(learner, c.Url);
        traceId = await CreateTraceAsync(learner, a.Url, "Trace écrite sur l'instance A");
        var trace = await learner.PageAsync(c.Url, $"/dossier/traces/{traceId}");
        Expect(trace.Contains("Trace écrite sur l&#x27;instance A", StringComparison.Ordinal) || trace.Contains("Trace écrite sur l'instance A", StringComparison.Ordinal), "the trace is not on C");
        var after = await TraceCountAsync(learner, c.Url);
        Expect(after == before + 1, $"C counts {after} traces, {before} before");
        var cohort = await ScalarAsync<Guid>(db, "SELECT \"CohortId\" FROM \"CohortMembers\" m JOIN \"AspNetUsers\" u ON u.\"Id\" = m.\"PersonId\" WHERE u.\"Email\" = 'apprenant01@demo.sillage.test' LIMIT 1");
        var maps = new List<string>();
        foreach (var i in instances)
        {
            maps.Add(Main(await teacher.PageAsync(i.Url, $"/suivi/promotions/{cohort}")));
        }

        Expect(maps.Distinct().Count() == 1, "the heatmaps differ between instances");
    });

    await CheckAsync("a 4 MB attachment uploaded through A downloads through C with the same SHA-256", async () =>
    {
        Expect(traceId is not null, "no trace to attach to");
        var bytes = new byte[4 * 1024 * 1024];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        await learner.PageAsync(a.Url, $"/dossier/traces/{traceId}/pieces");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(learner.Token!), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "files", "cluster.pdf" },
        };
        using var upload = await learner.SendAsync(a.Url, HttpMethod.Post, $"/dossier/traces/{traceId}/pieces?handler=Upload", form);
        Expect(upload.StatusCode == HttpStatusCode.Redirect, $"upload answered {(int)upload.StatusCode}");
        var page = await learner.PageAsync(c.Url, $"/dossier/traces/{traceId}/pieces");
        var link = Regex.Match(page, "href=\"(/dossier/pieces/[0-9a-f-]{36})\"");
        Expect(link.Success, "no download link on C");
        using var download = await learner.SendAsync(c.Url, HttpMethod.Get, link.Groups[1].Value);
        var got = await download.Content.ReadAsByteArrayAsync();
        Expect(SHA256.HashData(got).SequenceEqual(SHA256.HashData(bytes)), $"{got.Length} bytes with another SHA-256");
    });

    await CheckAsync("12 exports requested through A, B and C run exactly once each", async () =>
    {
        var learners = await ListAsync<Guid>(db, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" LIKE 'apprenant%@demo.sillage.test' ORDER BY \"Email\" LIMIT 12");
        Expect(learners.Count == 12, $"{learners.Count} demo learners");
        for (var n = 0; n < learners.Count; n++)
        {
            var url = instances[n % 3].Url;
            await teacher.PageAsync(url, $"/dossier/exporter/{learners[n]}");
            using var response = await teacher.PostAsync(url, $"/dossier/exporter/{learners[n]}", new Dictionary<string, string> { ["format"] = "Json" });
            Expect(response.StatusCode == HttpStatusCode.Redirect, $"export {n} answered {(int)response.StatusCode}");
        }

        var done = await WaitForAsync(TimeSpan.FromSeconds(180), async () =>
            await ScalarAsync<long>(db, $"SELECT count(*) FROM \"BackgroundJobs\" WHERE \"Kind\" = '{ExportKind}' AND \"Status\" IN (3, 4)") >= 12);
        var rows = await ListAsync<string>(db, $"SELECT \"Status\" || '/' || \"Attempts\" FROM \"BackgroundJobs\" WHERE \"Kind\" = '{ExportKind}'");
        Expect(done && rows.Count == 12 && rows.All(r => r == $"{SucceededStatus}/1"), $"jobs (status/attempts): {string.Join(", ", rows)}");
    });

    await CheckAsync("60 e-mails reach the SMTP sink, each at least once (duplicates flagged by Message-Id)", async () =>
    {
        await using (var connection = await OpenAsync(db))
        {
            for (var n = 0; n < 60; n++)
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO \"OutboxEmails\" (\"Id\", \"To\", \"Subject\", \"Body\", \"CreatedAt\") VALUES (@id, @to, 'Test du cluster', 'Message de test.', now())", connection);
                insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
                insert.Parameters.AddWithValue("to", $"cluster-{n:00}@sink.test");
                await insert.ExecuteNonQueryAsync();
            }
        }

        var received = new Dictionary<string, int>();
        var all = await WaitForAsync(TimeSpan.FromSeconds(120), () =>
        {
            received = Mails().Where(m => m.To.StartsWith("cluster-", StringComparison.Ordinal)).GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count());
            return Task.FromResult(received.Count >= 60);
        });
        var ids = Mails().Where(m => m.To.StartsWith("cluster-", StringComparison.Ordinal)).Select(m => m.MessageId).ToList();
        Expect(all, $"{received.Count} of 60 addresses reached");
        Expect(ids.All(i => i.Length > 0), "a message without Message-Id");
        Console.WriteLine($"      {ids.Count} messages received, {ids.Count - ids.Distinct().Count()} duplicate(s) by Message-Id");
    });

    await CheckAsync("one retention run for three instances", async () =>
    {
        await WaitForAsync(TimeSpan.FromSeconds(30), async () => await ScalarAsync<long>(db, "SELECT count(*) FROM \"RetentionRuns\" WHERE \"FinishedAt\" IS NOT NULL") >= 1);
        await Task.Delay(3000);
        var runs = await ScalarAsync<long>(db, "SELECT count(*) FROM \"RetentionRuns\"");
        Expect(runs == 1, $"{runs} retention runs");
    });

    await CheckAsync("under a write load, A stopped gracefully and B killed: every acknowledged write is kept, no error after one retry", async () =>
    {
        var writers = new List<Task<(List<string> Acknowledged, List<string> Errors)>>();
        using var stop = new CancellationTokenSource();
        for (var w = 0; w < 6; w++)
        {
            var email = $"apprenant{w + 2:00}@demo.sillage.test";
            var writer = w;
            writers.Add(Task.Run(async () =>
            {
                var acknowledged = new List<string>();
                var errors = new List<string>();
                using var client = new Client();
                await client.SignInAsync(settings.Balancer, email);
                await client.PageAsync(settings.Balancer, "/dossier/nouvelle");
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var title = $"charge-{writer}-{n}";
                    var failure = "";
                    for (var attempt = 0; attempt < 2; attempt++)
                    {
                        try
                        {
                            using var response = await client.PostAsync(settings.Balancer, "/dossier/nouvelle", TraceFields(title));
                            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().StartsWith("/dossier/traces/", StringComparison.Ordinal) == true)
                            {
                                acknowledged.Add(title);
                                failure = "";
                                break;
                            }

                            failure = $"{(int)response.StatusCode}";
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            failure = e.Message;
                        }
                    }

                    if (failure.Length > 0)
                    {
                        errors.Add($"{title}: {failure}");
                    }
                }

                return (acknowledged, errors);
            }));
        }

        await Task.Delay(4000);
        var graceful = a.StopAsync(TimeSpan.FromSeconds(40));
        await Task.Delay(3000);
        b.Kill();
        var stoppedInTime = await graceful;
        await Task.Delay(4000);
        stop.Cancel();
        var outcomes = await Task.WhenAll(writers);
        var acknowledged = outcomes.SelectMany(o => o.Acknowledged).ToList();
        var errors = outcomes.SelectMany(o => o.Errors).ToList();
        var stored = (await ListAsync<string>(db, "SELECT \"Title\" FROM \"Traces\" WHERE \"Title\" LIKE 'charge-%'")).ToHashSet();
        var lost = acknowledged.Where(t => !stored.Contains(t)).ToList();
        Console.WriteLine($"      {acknowledged.Count} writes acknowledged, {errors.Count} error(s) after one retry, {lost.Count} lost");
        Expect(stoppedInTime, "A did not stop within 40 s of SIGTERM");
        Expect(acknowledged.Count > 20, "too few writes to prove anything");
        Expect(lost.Count == 0, $"lost: {string.Join(", ", lost.Take(5))}");
        Expect(errors.Count == 0, $"errors: {string.Join(" | ", errors.Take(5))}");
        a.Start(db, demo: true);
        b.Start(db, demo: true);
        await AllReadyAsync(TimeSpan.FromSeconds(120));
    });

    await CheckAsync("a PDF job whose instance was killed finishes on another", async () =>
    {
        // Only A takes jobs while the PDF is running there: B and C are stopped gracefully first.
        await Task.WhenAll(b.StopAsync(TimeSpan.FromSeconds(40)), c.StopAsync(TimeSpan.FromSeconds(40)));
        var learnerId = await ScalarAsync<Guid>(db, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = 'apprenant01@demo.sillage.test'");
        await teacher.PageAsync(a.Url, $"/dossier/exporter/{learnerId}");
        using var response = await teacher.PostAsync(a.Url, $"/dossier/exporter/{learnerId}", new Dictionary<string, string> { ["format"] = "Pdf" });
        Expect(response.StatusCode == HttpStatusCode.Redirect, $"PDF export answered {(int)response.StatusCode}");
        const string job = "FROM \"BackgroundJobs\" j WHERE EXISTS (SELECT 1 FROM \"PortfolioExports\" e WHERE e.\"Format\" = 1 AND j.\"PayloadJson\" LIKE '%' || e.\"Id\" || '%')";
        Expect(await WaitForAsync(TimeSpan.FromSeconds(30), async () => await ScalarAsync<long>(db, $"SELECT count(*) {job} AND \"Status\" = {RunningStatus}") == 1),
            "the PDF job never ran on A");
        a.Kill();
        b.Start(db, demo: true);
        Expect(await b.WaitReadyAsync(TimeSpan.FromSeconds(120)), "B did not come back");
        var finished = await WaitForAsync(TimeSpan.FromSeconds(240), async () => await ScalarAsync<long>(db, $"SELECT count(*) {job} AND \"Status\" = {SucceededStatus}") == 1);
        var state = await ListAsync<string>(db, $"SELECT \"Status\" || '/' || \"Attempts\" {job}");
        Expect(finished, $"the PDF job did not finish on B (status/attempts {string.Join(", ", state)})");
    });
}
catch (Exception e)
{
    results.Add(("the cluster check itself", e.ToString()));
    Console.WriteLine($"FAIL  the cluster check itself: {e}");
}
finally
{
    foreach (var i in instances)
    {
        i.Dispose();
    }

    if (balancer is { HasExited: false })
    {
        balancer.Kill();
    }
}

var failed = results.Count(r => r.Failure is not null);
if (failed > 0)
{
    Console.WriteLine($"instance logs: {settings.Work}/instance-*.log");
}

Console.WriteLine($"{results.Count - failed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

async Task CheckAsync(string name, Func<Task> check)
{
    var watch = Stopwatch.StartNew();
    try
    {
        await check();
        results.Add((name, null));
        Console.WriteLine($"PASS  {name} ({watch.Elapsed.TotalSeconds:0.0} s)");
    }
    catch (Exception e)
    {
        results.Add((name, e.Message));
        Console.WriteLine($"FAIL  {name} ({watch.Elapsed.TotalSeconds:0.0} s): {(e is CheckFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}")}");
    }
}

static void Expect(bool condition, string failure)
{
    if (!condition)
    {
        throw new CheckFailedException(failure);
    }
}

async Task AllReadyAsync(TimeSpan timeout)
{
    var ready = await Task.WhenAll(instances.Where(i => i.Running || true).Select(i => i.WaitReadyAsync(timeout)));
    var down = instances.Where((_, n) => !ready[n]).Select(i => i.Name).ToList();
    Expect(down.Count == 0, $"not ready: {string.Join(", ", down)} (see {settings.Work}/instance-*.log)");
}

Process StartBalancer()
{
    var config = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../deploy/haproxy/haproxy.cfg"));
    var info = new ProcessStartInfo("haproxy", ["-f", Environment.GetEnvironmentVariable("SILLAGE_CLUSTER_HAPROXY_CFG") ?? config, "-db"])
    {
        RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
    };
    info.Environment["SILLAGE_LB_BIND"] = $"127.0.0.1:{settings.BalancerPort}";
    info.Environment["SILLAGE_LB_CERT"] = Path.Combine(settings.Work, "balancer.pem");
    info.Environment["SILLAGE_A"] = $"127.0.0.1:{a.Port}";
    info.Environment["SILLAGE_B"] = $"127.0.0.1:{b.Port}";
    info.Environment["SILLAGE_C"] = $"127.0.0.1:{c.Port}";
    var process = Process.Start(info)!;
    var log = new StreamWriter(Path.Combine(settings.Work, "haproxy.log")) { AutoFlush = true };
    process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });
    for (var n = 0; n < 100; n++)
    {
        try
        {
            if (http.GetAsync(settings.Balancer + Instance.ReadyPath).Result.IsSuccessStatusCode)
            {
                return process;
            }
        }
        catch (AggregateException)
        {
        }

        Thread.Sleep(100);
    }

    throw new CheckFailedException($"haproxy did not answer (see {settings.Work}/haproxy.log)");
}

async Task CreateDatabaseAsync(string name)
{
    await using var connection = new NpgsqlConnection(settings.Postgres);
    await connection.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {name}", connection).ExecuteNonQueryAsync();
}

async Task<NpgsqlConnection> OpenAsync(string database)
{
    var connection = new NpgsqlConnection(settings.ConnectionString(database));
    await connection.OpenAsync();
    return connection;
}

async Task<T> ScalarAsync<T>(string database, string sql)
{
    await using var connection = await OpenAsync(database);
    return (T)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
}

async Task<List<T>> ListAsync<T>(string database, string sql)
{
    await using var connection = await OpenAsync(database);
    await using var reader = await new NpgsqlCommand(sql, connection).ExecuteReaderAsync();
    var list = new List<T>();
    while (await reader.ReadAsync())
    {
        list.Add(reader.GetFieldValue<T>(0));
    }

    return list;
}

static async Task<bool> WaitForAsync(TimeSpan timeout, Func<Task<bool>> condition)
{
    var until = DateTime.UtcNow + timeout;
    while (DateTime.UtcNow < until)
    {
        if (await condition())
        {
            return true;
        }

        await Task.Delay(500);
    }

    return await condition();
}

static Dictionary<string, string> TraceFields(string title) => new()
{
    ["Input.Title"] = title, ["Input.Kind"] = "Production", ["Input.ActivityDate"] = "2026-11-20", ["Input.Context"] = "Formation",
    ["Input.Body"] = "Trace écrite pendant le test du cluster.", ["Input.Tags"] = "", ["Input.ContextLabel"] = "",
};

static async Task<string> CreateTraceAsync(Client client, string url, string title)
{
    await client.PageAsync(url, "/dossier/nouvelle");
    using var response = await client.PostAsync(url, "/dossier/nouvelle", TraceFields(title));
    var location = response.Headers.Location?.ToString() ?? "";
    Expect(response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/dossier/traces/", StringComparison.Ordinal),
        $"creating a trace answered {(int)response.StatusCode} {location} {(response.StatusCode == HttpStatusCode.OK ? Regex.Match(await response.Content.ReadAsStringAsync(), "validation-summary[^>]*>(.{0,300})", RegexOptions.Singleline).Groups[1].Value : "")}");
    return location["/dossier/traces/".Length..].Split('?', '/')[0];
}

static async Task<int> TraceCountAsync(Client client, string url) =>
    Regex.Matches(await client.PageAsync(url, "/dossier"), "href=\"/dossier/traces/[0-9a-f-]{36}\"").Select(m => m.Value).Distinct().Count();

// The main content, without what changes on every response (antiforgery tokens, nonces).
static string Main(string html)
{
    var main = Regex.Match(html, "<main.*</main>", RegexOptions.Singleline).Value;
    return Regex.Replace(main, "(value|nonce)=\"[^\"]*\"", "");
}

IEnumerable<(string To, string MessageId)> Mails() =>
    Directory.Exists(settings.MailDirectory)
        ? Directory.GetFiles(settings.MailDirectory, "*.eml").Select(f =>
        {
            var text = File.ReadAllText(f);
            var to = Regex.Match(text, @"^To:\s*(?:.*<)?([^>\s]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value;
            var id = Regex.Match(text, @"^Message-Id:\s*(\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value;
            return (to, id);
        }).ToList()
        : [];

static int FreePort()
{
    using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
    socket.Start();
    return ((IPEndPoint)socket.LocalEndpoint).Port;
}

